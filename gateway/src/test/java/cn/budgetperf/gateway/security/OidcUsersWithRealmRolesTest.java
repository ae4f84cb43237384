package cn.budgetperf.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

class OidcUsersWithRealmRolesTest {

    private final LoginProperties login = new LoginProperties(URI.create("http://keycloak.test/realms/budget-perf"),
            "gateway", "secret", URI.create("http://localhost:8080"));

    @Test
    void whenABrowserUserLogsIn_thenTheRealmRolesOfTheAccessTokenBecomeAuthorities() {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
                .subject("u-1").claim("preferred_username", "zhangsan").claim("department_code", "130609001")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        OidcUser plain = new DefaultOidcUser(Set.of(new OidcUserAuthority(idToken)), idToken, "preferred_username");
        Jwt accessClaims = Jwt.withTokenValue("access-token").header("alg", "RS256").subject("u-1")
                .claim("realm_access", Map.of("roles", List.of("department"))).build();
        OidcUsersWithRealmRoles users = new OidcUsersWithRealmRoles(request -> Mono.just(plain),
                token -> Mono.just(accessClaims));
        OidcUserRequest request = new OidcUserRequest(KeycloakClient.registration(login),
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", Instant.now(),
                        Instant.now().plusSeconds(60)), idToken);

        OidcUser user = users.loadUser(request).block();

        assertThat(user.getName()).isEqualTo("zhangsan");
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_department", "OIDC_USER");
        assertThat(user.<String>getAttribute("department_code")).isEqualTo("130609001");
    }

    @Test
    void whenTheRegistrationIsBuilt_thenNoEndpointNeedsDiscoveryAtStartUp() {
        var provider = KeycloakClient.registration(login).getProviderDetails();

        assertThat(provider.getIssuerUri()).isEqualTo("http://keycloak.test/realms/budget-perf");
        assertThat(provider.getAuthorizationUri())
                .isEqualTo("http://keycloak.test/realms/budget-perf/protocol/openid-connect/auth");
        assertThat(provider.getTokenUri()).endsWith("/protocol/openid-connect/token");
        assertThat(provider.getJwkSetUri()).endsWith("/protocol/openid-connect/certs");
        assertThat(provider.getConfigurationMetadata())
                .containsEntry("end_session_endpoint", "http://keycloak.test/realms/budget-perf/protocol/openid-connect/logout");
    }
}
