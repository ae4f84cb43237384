package cn.budgetperf.kit.security;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security of every service: stateless, JWT bearer tokens, realm roles as authorities; health,
 * API docs and the paths a service lists in {@code budgetperf.security.public-paths} are open.
 */
@AutoConfiguration
@EnableConfigurationProperties(ResourceServerSecurity.Paths.class)
public class ResourceServerSecurity {

    @ConfigurationProperties("budgetperf.security")
    public record Paths(List<String> publicPaths) {
        public Paths {
            publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        }
    }

    @Bean
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, Paths paths) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                            "/v3/api-docs/**", "/error").permitAll();
                    paths.publicPaths().forEach(p -> auth.requestMatchers(p).permitAll());
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(o -> o.jwt(jwt -> jwt.jwtAuthenticationConverter(realmRoles())));
        return http.build();
    }

    static Converter<Jwt, AbstractAuthenticationToken> realmRoles() {
        return jwt -> new JwtAuthenticationToken(jwt,
                CurrentUser.rolesOf(jwt).stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
                CurrentUser.from(jwt).username());
    }
}
