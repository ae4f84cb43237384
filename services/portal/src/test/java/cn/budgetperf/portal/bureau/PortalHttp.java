package cn.budgetperf.portal.bureau;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Pages of the portal under test, asked as a browser behind the gateway would (the token relayed, redirects not followed). */
final class PortalHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    PortalHttp(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String path, String token) throws Exception {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String token, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(request(path, token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The page a redirect answer points to, asked with the same token. */
    HttpResponse<String> follow(HttpResponse<String> redirect, String token) throws Exception {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return get(location.startsWith("http") ? URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery() : location, token);
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .header("Authorization", "Bearer " + token);
    }
}
