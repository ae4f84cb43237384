package cn.budgetperf.publication.report.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The public versions of one department-year, oldest first, and the rules for adding one: a report
 * is published once its submission is accepted and scored; a published report is corrected (with a
 * 更正说明) or withdrawn (with a reason); a withdrawn report may be published again. Versions are never
 * changed or removed.
 */
public record PublicationHistory(List<PublishedVersion> versions) {

    private static final int MAX_NOTE = 2000;

    public PublicationHistory {
        versions = List.copyOf(versions);
    }

    public Optional<PublishedVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<PublishedVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** True while a version with content is the current one. */
    public boolean isPublic() {
        return latest().map(v -> !v.isWithdrawal()).orElse(false);
    }

    public PublishedVersion publish(ReportFacts current, String actor, Instant now) {
        if (isPublic()) {
            throw new PublicationRefused("该报告已公开（第" + latest().get().number() + "版）；如需修改，请使用“更正”并填写更正说明。");
        }
        requirePublishable(current);
        return next(Action.PUBLISHED, Optional.empty(), actor, now, Optional.of(current));
    }

    public PublishedVersion correct(ReportFacts current, String note, String actor, Instant now) {
        if (!isPublic()) {
            throw new PublicationRefused("该报告当前未公开，不能更正；请先公开。");
        }
        requirePublishable(current);
        return next(Action.CORRECTED, Optional.of(requireNote(note, "更正说明")), actor, now, Optional.of(current));
    }

    public PublishedVersion withdraw(String reason, String actor, Instant now) {
        if (!isPublic()) {
            throw new PublicationRefused("该报告当前未公开，无需撤回。");
        }
        return next(Action.WITHDRAWN, Optional.of(requireNote(reason, "撤回原因")), actor, now, Optional.empty());
    }

    private PublishedVersion next(Action action, Optional<String> note, String actor, Instant now, Optional<ReportFacts> facts) {
        return new PublishedVersion(versions.size() + 1, action, note, actor, now, facts);
    }

    private static void requirePublishable(ReportFacts facts) {
        if (!"ACCEPTED".equals(facts.submissionStatus())) {
            throw new PublicationRefused("该部门的填报尚未经财政部门审核通过，不能公开。");
        }
        if (facts.score().isEmpty()) {
            throw new PublicationRefused("该部门的评分尚未计算完成，请稍后再公开。");
        }
    }

    private static String requireNote(String note, String what) {
        if (note == null || note.isBlank()) {
            throw new PublicationRefused("请填写" + what + "。");
        }
        if (note.length() > MAX_NOTE) {
            throw new PublicationRefused(what + "不能超过" + MAX_NOTE + "个字。");
        }
        return note.strip();
    }
}
