package cn.budgetperf.kit.testing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Tokens shaped like the realm's, signed with a key made for the test run, and the decoder that
 * trusts that key. Import {@link Decoder} into a test context.
 */
public final class TestJwts {

    private static final KeyPair KEYS = generate();

    private TestJwts() {
    }

    @TestConfiguration
    public static class Decoder {
        @Bean
        JwtDecoder testJwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        }
    }

    public static String department(String username, String departmentCode, String regionCode) {
        return sign(username, "department", Map.of("department_code", departmentCode, "region_code", regionCode));
    }

    public static String bureau(String username, String regionCode) {
        return sign(username, "finance-bureau", Map.of("region_code", regionCode));
    }

    public static String sign(String username, String role, Map<String, String> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer("http://localhost/realms/budget-perf")
                .subject(username)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("preferred_username", username)
                .claim("name", username)
                .claim("realm_access", Map.of("roles", List.of(role)));
        claims.forEach(builder::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
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
