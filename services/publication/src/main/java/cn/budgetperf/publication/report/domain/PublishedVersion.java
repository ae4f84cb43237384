package cn.budgetperf.publication.report.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable public version of a department-year's report.
 *
 * @param number the version number, from 1
 * @param action published, corrected (with its 更正说明) or withdrawn (with its reason)
 * @param note   the 更正说明 or the reason of the withdrawal; empty for a first publication
 * @param facts  what the version shows; empty for a withdrawal
 */
public record PublishedVersion(int number, Action action, Optional<String> note, String actor, Instant at,
                               Optional<ReportFacts> facts) {

    public PublishedVersion {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(facts, "facts");
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
        if (action == Action.WITHDRAWN == facts.isPresent()) {
            throw new IllegalArgumentException("a withdrawal shows nothing; every other version shows its facts");
        }
    }

    public boolean isWithdrawal() {
        return action == Action.WITHDRAWN;
    }
}
