package cn.budgetperf.gateway.security;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the gateway logs browsers in.
 *
 * @param issuer       the realm's issuer, exactly as Keycloak writes it into tokens
 * @param clientId     the confidential client of the gateway in the realm
 * @param clientSecret its secret
 * @param publicUrl    the URL browsers use to reach the gateway (redirects, origin checks)
 */
@ConfigurationProperties("budgetperf.gateway.login")
record LoginProperties(URI issuer, String clientId, String clientSecret, URI publicUrl) {

    /** An endpoint of the realm's OpenID Connect protocol, e.g. {@code token}. */
    String endpoint(String name) {
        return issuer.toString().replaceAll("/+$", "") + "/protocol/openid-connect/" + name;
    }

    /** {@code scheme://host[:port]} of {@link #publicUrl}, as browsers send it in {@code Origin}. */
    String publicOrigin() {
        return publicUrl.getScheme() + "://" + publicUrl.getAuthority();
    }

    String publicPath(String path) {
        return publicUrl.toString().replaceAll("/+$", "") + path;
    }
}
