package cn.budgetperf.gateway.security;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Loads a browser user after login and gives it the realm roles. Keycloak's built-in {@code roles}
 * scope writes {@code realm_access} into the access token only, so the access token is decoded —
 * with the same checked decoder as bearer calls — and its roles are added to any found in the ID
 * token or user info.
 */
class OidcUsersWithRealmRoles implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

    private final ReactiveOAuth2UserService<OidcUserRequest, OidcUser> delegate;
    private final ReactiveJwtDecoder accessTokens;

    OidcUsersWithRealmRoles(ReactiveOAuth2UserService<OidcUserRequest, OidcUser> delegate,
                            ReactiveJwtDecoder accessTokens) {
        this.delegate = delegate;
        this.accessTokens = accessTokens;
    }

    @Override
    public Mono<OidcUser> loadUser(OidcUserRequest request) {
        return delegate.loadUser(request).zipWith(accessTokens.decode(request.getAccessToken().getTokenValue()),
                (user, accessToken) -> {
                    Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
                    authorities.addAll(RealmRoles.of(user.getClaims()));
                    authorities.addAll(RealmRoles.of(accessToken.getClaims()));
                    return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
                });
    }
}
