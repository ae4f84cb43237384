package cn.budgetperf.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bench's Keycloak: creates or updates the benchmark users through the admin REST API (master
 * realm, {@code admin-cli}) and gets their tokens with the password grant of {@code portal-cli}.
 */
final class Keycloak {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final JsonMapper json;
    private final URI base;
    private final String realm;

    Keycloak(HttpClient http, JsonMapper json, URI base, String realm) {
        this.http = http;
        this.json = json;
        this.base = base;
        this.realm = realm;
    }

    /** A department user as the bench wants it. */
    record BenchUser(String username, String password, String departmentCode, String departmentName, String regionCode,
                     String regionName) {
    }

    /**
     * Makes the user exist with exactly these attributes, this password and realm role
     * {@code department}: creates it, or updates the one that exists (idempotent).
     */
    void ensureUser(String adminToken, BenchUser u) throws IOException, InterruptedException {
        String users = "/admin/realms/" + realm + "/users";
        ObjectNode rep = json.createObjectNode()
                .put("username", u.username())
                .put("enabled", true)
                .put("email", u.username() + "@bench.budget-perf.example.com")
                .put("emailVerified", true)
                .put("firstName", "Bench")
                .put("lastName", u.username().substring(u.username().indexOf('-') + 1));
        rep.putArray("requiredActions");
        ObjectNode attributes = rep.putObject("attributes");
        attributes.putArray("department_code").add(u.departmentCode());
        attributes.putArray("department_name").add(u.departmentName());
        attributes.putArray("region_code").add(u.regionCode());
        attributes.putArray("region_name").add(u.regionName());

        String id = findUserId(adminToken, u.username());
        if (id == null) {
            ObjectNode create = rep.deepCopy();
            create.putArray("credentials").addObject().put("type", "password").put("value", u.password()).put("temporary", false);
            HttpResponse<String> created = send(admin(adminToken, users).POST(body(create)).build());
            if (created.statusCode() != 201 && created.statusCode() != 409) {
                throw new IOException("creating user " + u.username() + ": HTTP " + created.statusCode() + " " + created.body());
            }
            id = findUserId(adminToken, u.username());
            if (id == null) {
                throw new IOException("user " + u.username() + " was created but cannot be found");
            }
        }
        // Updated even when just created: a 409 above means someone else created it meanwhile.
        expect(send(admin(adminToken, users + "/" + id).PUT(body(rep)).build()), 204, "updating user " + u.username());
        ObjectNode password = json.createObjectNode().put("type", "password").put("value", u.password()).put("temporary", false);
        expect(send(admin(adminToken, users + "/" + id + "/reset-password").PUT(body(password)).build()), 204,
                "setting the password of " + u.username());
        HttpResponse<String> role = send(admin(adminToken, "/admin/realms/" + realm + "/roles/department").GET().build());
        expect(role, 200, "reading realm role department");
        ArrayNode roles = json.createArrayNode().add(json.readTree(role.body()));
        expect(send(admin(adminToken, users + "/" + id + "/role-mappings/realm").POST(body(roles)).build()), 204,
                "granting role department to " + u.username());
    }

    private String findUserId(String adminToken, String username) throws IOException, InterruptedException {
        HttpResponse<String> found = send(admin(adminToken, "/admin/realms/" + realm + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)).GET().build());
        expect(found, 200, "looking up user " + username);
        for (JsonNode user : json.readTree(found.body())) {
            if (username.equals(user.path("username").asString())) {
                return user.path("id").asString();
            }
        }
        return null;
    }

    /** An admin token of the master realm. */
    Token adminToken(String username, String password) throws IOException, InterruptedException {
        return passwordGrant("master", "admin-cli", username, password);
    }

    /** A user token of the bench realm, from the public client {@code portal-cli}. */
    Token userToken(String username, String password) throws IOException, InterruptedException {
        return passwordGrant(realm, "portal-cli", username, password);
    }

    record Token(String accessToken, long expiresAtNanos) {
    }

    private Token passwordGrant(String tokenRealm, String clientId, String username, String password)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        String encoded = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        long before = System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("/realms/" + tokenRealm + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build());
        expect(r, 200, "token for " + username + " (realm " + tokenRealm + ", client " + clientId + ")");
        JsonNode body = json.readTree(r.body());
        long expiresIn = body.path("expires_in").asLong(60);
        return new Token(body.path("access_token").asString(), before + Duration.ofSeconds(expiresIn).toNanos());
    }

    /** One claim of a JWT's payload, read without checking the signature (the bench's own sanity check). */
    String claim(String jwt, String name) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        JsonNode payload = json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        JsonNode v = payload.get(name);
        return v == null || v.isNull() ? null : v.asString();
    }

    private HttpRequest.Builder admin(String token, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private HttpRequest.BodyPublisher body(JsonNode node) {
        return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(node), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void expect(HttpResponse<String> r, int status, String what) throws IOException {
        if (r.statusCode() != status) {
            String body = r.body() == null ? "" : r.body();
            throw new IOException(what + ": HTTP " + r.statusCode() + (body.isBlank() ? "" : " " + abbreviate(body)));
        }
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 300 ? one : one.substring(0, 300) + "…";
    }
}
