package cn.budgetperf.kit.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as the token says.
 *
 * @param username       {@code preferred_username}
 * @param displayName    {@code name}, or the username
 * @param roles          realm roles
 * @param departmentCode claim {@code department_code} (department users)
 * @param regionCode     claim {@code region_code} (bureau users, and departments' own region)
 */
public record CurrentUser(String username, String displayName, Set<Role> roles,
                          Optional<String> departmentCode, Optional<String> regionCode) {

    public static CurrentUser from(Jwt jwt) {
        String username = Optional.ofNullable(jwt.getClaimAsString("preferred_username")).orElse(jwt.getSubject());
        return new CurrentUser(
                username,
                displayName(jwt, username),
                rolesOf(jwt),
                Optional.ofNullable(jwt.getClaimAsString("department_code")),
                Optional.ofNullable(jwt.getClaimAsString("region_code")));
    }

    /** Chinese order, family name first (赵丽, not "丽 赵"); else {@code name}; else the username. */
    static String displayName(Jwt jwt, String username) {
        String family = jwt.getClaimAsString("family_name");
        String given = jwt.getClaimAsString("given_name");
        if (family != null && given != null) {
            return family + given;
        }
        return Optional.ofNullable(jwt.getClaimAsString("name")).orElse(username);
    }

    static Set<Role> rolesOf(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        Object roles = realmAccess == null ? null : realmAccess.get("roles");
        Collection<?> names = roles instanceof Collection<?> c ? c : List.of();
        return java.util.Arrays.stream(Role.values())
                .filter(role -> names.contains(role.realmRole()))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A department user may act for its own department only. */
    public boolean actsFor(String department) {
        return has(Role.DEPARTMENT) && departmentCode.map(department::equals).orElse(false);
    }

    /** A bureau user oversees its own region only; an admin oversees all. */
    public boolean oversees(String region) {
        return has(Role.ADMIN) || has(Role.FINANCE_BUREAU) && regionCode.map(region::equals).orElse(false);
    }
}
