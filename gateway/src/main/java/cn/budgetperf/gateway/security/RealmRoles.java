package cn.budgetperf.gateway.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Keycloak puts realm roles in {@code realm_access.roles}; Spring does not look there by itself.
 * Each role becomes the authority {@code ROLE_<role>}, e.g. {@code ROLE_finance-bureau}.
 */
final class RealmRoles {

    private RealmRoles() {
    }

    static List<GrantedAuthority> of(Map<String, Object> claims) {
        Object realmAccess = claims.get("realm_access");
        Object roles = realmAccess instanceof Map<?, ?> access ? access.get("roles") : null;
        if (!(roles instanceof Collection<?> names)) {
            return List.of();
        }
        return names.stream()
                .filter(Objects::nonNull)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .distinct()
                .toList();
    }
}
