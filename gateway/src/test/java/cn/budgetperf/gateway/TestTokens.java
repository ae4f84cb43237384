package cn.budgetperf.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Tokens shaped like the realm's, signed with a key made for this test run, and a decoder that
 * trusts that key and checks the issuer, in place of the one that fetches Keycloak's keys.
 */
final class TestTokens {

    static final String ISSUER = "http://keycloak.test/realms/budget-perf";
    private static final KeyPair KEYS = generate();
    private static final KeyPair STRANGER = generate();

    private TestTokens() {
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Decoder {
        @Bean
        ReactiveJwtDecoder testJwtDecoder() {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                    .withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
            return decoder;
        }
    }

    static String department(String username, String departmentCode) {
        return sign(KEYS.getPrivate(), username, List.of("department"), Map.of("department_code", departmentCode));
    }

    /** Well formed, but signed with a key the gateway does not trust. */
    static String forged(String username) {
        return sign(STRANGER.getPrivate(), username, List.of("admin"), Map.of());
    }

    private static String sign(PrivateKey key, String username, List<String> roles, Map<String, String> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(username)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", roles));
        claims.forEach(builder::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
