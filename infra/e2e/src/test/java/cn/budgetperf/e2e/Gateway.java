package cn.budgetperf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;

/** Calls through the started platform's gateway, with tokens from its Keycloak (password grant of {@code portal-cli}). */
final class Gateway {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Gateway() {
    }

    static String login(String username) throws Exception {
        String form = "grant_type=password&client_id=portal-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=demo";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(PlatformExtension.platform().keycloak() + "/realms/budget-perf/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    static HttpResponse<String> post(String path, String body, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(PlatformExtension.platform().gateway() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PlatformExtension.platform().gateway() + path))
                .header("Accept", "text/html, application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
