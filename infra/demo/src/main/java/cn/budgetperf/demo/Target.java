package cn.budgetperf.demo;

/** The state a seed department is brought to, so that the dashboards show every step of the workflow. */
enum Target {
    /** Saved as a draft only. */
    DRAFT,
    /** Submitted, waiting for the bureau. */
    SUBMITTED,
    /** Returned by the bureau with a comment. */
    RETURNED,
    /** Accepted by the bureau and published on the public site. */
    PUBLISHED
}
