package cn.budgetperf.contracts.publication.v1;

import java.util.Objects;

/**
 * A department-year's public report was published, corrected or withdrawn.
 *
 * @param action         what happened
 * @param version        the public version number (each correction adds one)
 * @param path           the page's stable path, e.g. {@code /public/reports/130609002/2023}
 * @param note           the 更正说明 of a correction or the reason of a withdrawal, else {@code null}
 */
public record ReportPublished(PublicationAction action, int version, String path, String note) {

    public static final String TOPIC = "publication.events.v1";

    public ReportPublished {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(path, "path");
    }
}
