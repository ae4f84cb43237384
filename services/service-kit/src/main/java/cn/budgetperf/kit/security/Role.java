package cn.budgetperf.kit.security;

/** The realm roles of {@code budget-perf}. */
public enum Role {
    DEPARTMENT("department"),
    FINANCE_BUREAU("finance-bureau"),
    ADMIN("admin");

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }

    /** The Spring authority, e.g. {@code ROLE_finance-bureau}. */
    public String authority() {
        return "ROLE_" + realmRole;
    }
}
