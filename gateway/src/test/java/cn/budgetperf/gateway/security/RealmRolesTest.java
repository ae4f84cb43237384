package cn.budgetperf.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class RealmRolesTest {

    @Test
    void whenTheTokenHasRealmRoles_thenEachBecomesARoleAuthority() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("finance-bureau", "offline_access")));

        assertThat(RealmRoles.of(claims)).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_finance-bureau", "ROLE_offline_access");
    }

    @Test
    void whenTheTokenHasNoRealmAccess_thenThereAreNoAuthorities() {
        assertThat(RealmRoles.of(Map.of("sub", "x"))).isEmpty();
        assertThat(RealmRoles.of(Map.of("realm_access", "not a map"))).isEmpty();
        assertThat(RealmRoles.of(Map.of("realm_access", Map.of("roles", "admin")))).isEmpty();
    }
}
