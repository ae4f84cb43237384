package cn.budgetperf.publication.report.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What a reader is told about the version in front of them: its number, what it was, when, the
 * 更正说明 or withdrawal reason, and whether a newer version exists.
 */
public record VersionInfo(int number, String actionLabel, String date, Optional<String> note, boolean latest, int latestNumber) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    public static VersionInfo of(PublishedVersion v, PublicationHistory history) {
        int latest = history.latest().map(PublishedVersion::number).orElse(v.number());
        return new VersionInfo(v.number(), v.action().label(), DATE.format(v.at().atZone(CHINA)), v.note(),
                v.number() == latest, latest);
    }
}
