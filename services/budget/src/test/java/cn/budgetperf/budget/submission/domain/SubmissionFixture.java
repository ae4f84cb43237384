package cn.budgetperf.budget.submission.domain;

import cn.budgetperf.budget.document.domain.Figures;
import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.contracts.values.RegionCode;
import java.time.Instant;

/** Builds submissions for tests: 徐水人社局 2023 with its three totals unless told otherwise. */
final class SubmissionFixture {

    private String income = "2544.99";
    private String spent = "2519.12";
    private String budget = "2544.94";

    static SubmissionFixture rsj2023() {
        return new SubmissionFixture();
    }

    SubmissionFixture spent(String amount) {
        this.spent = amount;
        return this;
    }

    SubmissionFixture budget(String amount) {
        this.budget = amount;
        return this;
    }

    SubmissionDocument document() {
        return SubmissionDocument.of("130609002", "保定市徐水区人力资源和社会保障局", 2023,
                new Figures(Money.parse(income), Money.parse(spent), Money.parse(budget)));
    }

    Submission draft() {
        return Submission.draft(document(), RegionCode.of("130609"), "dept-xushui-rsj", Instant.parse("2024-03-01T08:00:00Z"));
    }
}
