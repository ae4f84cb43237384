package cn.budgetperf.gateway.security;

import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import reactor.core.publisher.Mono;

/** A checked bearer JWT becomes an authentication named by {@code preferred_username}, with realm roles. */
final class BearerTokens {

    private BearerTokens() {
    }

    static Converter<Jwt, Mono<AbstractAuthenticationToken>> authentication() {
        return new ReactiveJwtAuthenticationConverterAdapter(jwt -> new JwtAuthenticationToken(
                jwt, RealmRoles.of(jwt.getClaims()), username(jwt)));
    }

    static String username(Jwt jwt) {
        return Optional.ofNullable(jwt.getClaimAsString("preferred_username")).orElse(jwt.getSubject());
    }
}
