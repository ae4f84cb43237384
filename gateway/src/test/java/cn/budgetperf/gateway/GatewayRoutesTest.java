package cn.budgetperf.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import java.net.URI;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole gateway on a random port, in front of stub services: budget, publication and portal
 * answer; indicator and scoring are down. No Keycloak: bearer tokens are signed by the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"KEYCLOAK_ISSUER=" + TestTokens.ISSUER, "PUBLIC_CACHE_LISTEN=false"})
@Import(TestTokens.Decoder.class)
class GatewayRoutesTest {

    @RegisterExtension
    static final StubBackend SERVICE = StubBackend.start();
    static final String DEPARTMENT_TOKEN = TestTokens.department("zhangsan", "130609001");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("BUDGET_URL", SERVICE::url);
        registry.add("PUBLICATION_URL", SERVICE::url);
        registry.add("PORTAL_URL", SERVICE::url);
        String down = StubBackend.nowhere();
        registry.add("INDICATOR_URL", () -> down);
        registry.add("SCORING_URL", () -> down);
    }

    @LocalServerPort
    int port;

    WebTestClient http;

    @BeforeEach
    void client() {
        http = TestClients.gatewayAt(port);
    }

    @Test
    void whenAnonymousCallsTheApi_thenItGets401WithAProblemNotARedirectToLogin() {
        http.get().uri("/api/budget/submissions").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo(Problems.UNAUTHENTICATED);
        assertThat(SERVICE.lastHeader("Host")).isNull();
    }

    @Test
    void whenAnonymousAsksForAPublicPage_thenThePublicationServiceAnswersWithoutASession() {
        http.get().uri("/public/x").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody(String.class).isEqualTo("stub GET /public/x");
    }

    @Test
    void whenTheRootIsRequested_thenItRedirectsToThePublicPages() {
        http.get().uri("/").exchange()
                .expectStatus().isFound()
                .expectHeader().location("/public/");
    }

    @Test
    void whenABearerTokenIsValid_thenTheServiceReceivesTheAuthorizationHeaderUnchanged() {
        http.post().uri("/api/budget/submissions?year=2024").headers(h -> h.setBearerAuth(DEPARTMENT_TOKEN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"fiscalYear\":2024}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("stub POST /api/budget/submissions?year=2024");
        assertThat(SERVICE.lastHeader("Authorization")).isEqualTo("Bearer " + DEPARTMENT_TOKEN);
    }

    @Test
    void whenAGetMeetsAPassingServiceFailure_thenTheGatewayRetriesIt() {
        SERVICE.failNext(2);
        http.get().uri("/api/budget/submissions").headers(h -> h.setBearerAuth(DEPARTMENT_TOKEN))
                .exchange()
                .expectStatus().isOk();
        assertThat(SERVICE.calls()).isEqualTo(3);
    }

    @Test
    void whenAPostMeetsAServiceFailure_thenItIsNotRepeated() {
        SERVICE.failNext(1);
        http.post().uri("/api/budget/submissions").headers(h -> h.setBearerAuth(DEPARTMENT_TOKEN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503);
        assertThat(SERVICE.calls()).isEqualTo(1);
    }

    @Test
    void whenABearerTokenIsForged_thenTheGatewayAnswers401AndTheServiceSeesNothing() {
        http.get().uri("/api/budget/submissions").headers(h -> h.setBearerAuth(TestTokens.forged("mallory")))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.status").isEqualTo(401);
        assertThat(SERVICE.lastHeader("Host")).isNull();
    }

    @Test
    void whenAnonymousOpensThePortal_thenTheBrowserIsSentToKeycloaksAuthorizationEndpoint() {
        var first = http.get().uri("/portal/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/keycloak")
                .returnResult(Void.class);
        String session = Objects.requireNonNull(first.getResponseCookies().getFirst("SESSION")).getValue();

        URI keycloak = http.get().uri("/oauth2/authorization/keycloak").cookie("SESSION", session).exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseHeaders().getLocation();

        assertThat(keycloak).isNotNull();
        assertThat(keycloak.toString()).startsWith(TestTokens.ISSUER + "/protocol/openid-connect/auth?")
                .contains("response_type=code", "client_id=gateway", "scope=openid%20profile",
                        "redirect_uri=http://localhost:" + port + "/login/oauth2/code/keycloak");
    }

    @Test
    void whenAnyDefaultPathIsOpenedAnonymously_thenHealthIsOpenAndMetricsAreNot() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
        http.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void whenAGetFindsTheServiceDown_thenTheCallerGets503WithTheChineseFallback() {
        http.get().uri("/api/indicators/goals?department=130609001&year=2024")
                .headers(h -> h.setBearerAuth(DEPARTMENT_TOKEN)).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("服务暂时不可用，请稍后重试。");
    }

    @Test
    void whenAPostFindsTheServiceDown_thenTheCallerGets503WithTheChineseFallback() {
        http.post().uri("/api/scores/evaluate").headers(h -> h.setBearerAuth(DEPARTMENT_TOKEN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").isEqualTo(Problems.UNAVAILABLE);
    }

    /** The mock login stores the access token {@code access-token} as the session's authorized client. */
    @Test
    void whenABrowserSessionCallsTheApi_thenTheSessionsAccessTokenIsRelayed(
            @Autowired ApplicationContext context, @Autowired ReactiveClientRegistrationRepository registrations) {
        browser(context, registrations).get().uri("/api/budget/submissions").exchange().expectStatus().isOk();

        assertThat(SERVICE.lastHeader("Authorization")).isEqualTo("Bearer access-token");
    }

    @Test
    void whenABrowserUserFollowsTheLogoutLink_thenKeycloakEndsItsSessionAndSendsThemToThePublicPages(
            @Autowired ApplicationContext context, @Autowired ReactiveClientRegistrationRepository registrations) {
        URI location = browser(context, registrations).get().uri("/logout").exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseHeaders().getLocation();

        assertThat(location).isNotNull();
        assertThat(location.toString()).startsWith(TestTokens.ISSUER + "/protocol/openid-connect/logout?id_token_hint=")
                .endsWith("post_logout_redirect_uri=http://localhost:8080/public/");
    }

    private static WebTestClient browser(ApplicationContext context, ReactiveClientRegistrationRepository registrations) {
        return WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient().build()
                .mutateWith(mockOidcLogin()
                        .clientRegistration(registrations.findByRegistrationId("keycloak").block())
                        .authorities(new SimpleGrantedAuthority("ROLE_department")));
    }
}
