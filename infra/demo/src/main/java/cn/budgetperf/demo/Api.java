package cn.budgetperf.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The platform's front door: the gateway, with tokens from Keycloak (password grant of {@code portal-cli}). */
final class Api {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json;
    private final String gateway;
    private final String keycloak;
    private final String password;
    private final Map<String, String> tokens = new HashMap<>();

    Api(JsonMapper json, String gateway, String keycloak, String password) {
        this.json = json;
        this.gateway = gateway;
        this.keycloak = keycloak;
        this.password = password;
    }

    record Answer(int status, String body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    JsonNode get(String user, String path) throws IOException, InterruptedException {
        Answer answer = send(user, HttpRequest.newBuilder(URI.create(gateway + path)).GET());
        if (!answer.ok()) {
            throw new IOException("GET " + path + " → " + answer.status() + " " + answer.body());
        }
        return json.readTree(answer.body());
    }

    int status(String user, String path) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(URI.create(gateway + path)).GET()).status();
    }

    Answer post(String user, String path, String body) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(URI.create(gateway + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    JsonNode postOk(String user, String path, String body) throws IOException, InterruptedException {
        Answer answer = post(user, path, body);
        if (!answer.ok()) {
            throw new IOException("POST " + path + " → " + answer.status() + " " + answer.body());
        }
        return answer.body().isBlank() ? json.createObjectNode() : json.readTree(answer.body());
    }

    Answer put(String user, String path, String contentType, String body) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(URI.create(gateway + path)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private Answer send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
        request.timeout(TIMEOUT).header("Accept", "application/json").header("Authorization", "Bearer " + token(user));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }

    private String token(String user) throws IOException, InterruptedException {
        String cached = tokens.get(user);
        if (cached != null) {
            return cached;
        }
        String form = "grant_type=password&client_id=portal-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/budget-perf/protocol/openid-connect/token"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("no token for " + user + ": " + response.statusCode() + " " + response.body());
        }
        String token = json.readTree(response.body()).get("access_token").asString();
        tokens.put(user, token);
        return token;
    }
}
