package cn.budgetperf.scoring.score.domain;

/** The variants of the 反向 (≤) formula that jurisdictions use. */
public enum ReverseFormula {
    /** DESIGN §4: T < A < 2T gives (1 − (A − T)/T) × w; A ≥ 2T gives 0. */
    LINEAR_TO_DOUBLE_TARGET,
    /** A > T gives T/A × w. */
    TARGET_OVER_ACTUAL
}
