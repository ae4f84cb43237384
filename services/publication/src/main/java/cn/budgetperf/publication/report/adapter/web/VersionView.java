package cn.budgetperf.publication.report.adapter.web;

import cn.budgetperf.publication.report.domain.PublishedVersion;
import java.time.Instant;

/** A new public version as the publication API reports it. */
record VersionView(String departmentCode, int fiscalYear, int version, String action, String actionLabel, String note,
                   String publishedBy, Instant at, String path) {

    static VersionView of(String department, int year, PublishedVersion v) {
        return new VersionView(department, year, v.number(), v.action().name(), v.action().label(), v.note().orElse(null),
                v.actor(), v.at(), "/public/reports/" + department + "/" + year + "/v/" + v.number());
    }
}
