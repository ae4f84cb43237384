package cn.budgetperf.gateway.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The client registration {@code keycloak}, with every endpoint derived from the issuer instead of
 * discovered: Spring's discovery would call Keycloak while the gateway starts, and fail the start
 * when Keycloak is slow or down. The issuer is still set, so ID tokens are checked against it.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakClient {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(LoginProperties login) {
        return new InMemoryReactiveClientRegistrationRepository(registration(login));
    }

    /** Tokens of a browser session live in that session, and end with it. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    static ClientRegistration registration(LoginProperties login) {
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(login.clientId())
                .clientSecret(login.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .issuerUri(login.issuer().toString())
                .authorizationUri(login.endpoint("auth"))
                .tokenUri(login.endpoint("token"))
                .jwkSetUri(login.endpoint("certs"))
                .userInfoUri(login.endpoint("userinfo"))
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", login.endpoint("logout")))
                .build();
    }
}
