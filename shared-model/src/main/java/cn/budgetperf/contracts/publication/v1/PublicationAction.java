package cn.budgetperf.contracts.publication.v1;

/** What happened to a public report. */
public enum PublicationAction {
    PUBLISHED,
    CORRECTED,
    WITHDRAWN;

    /** The logical event type, e.g. {@code publication.report.published}. */
    public String eventType() {
        return "publication.report." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
