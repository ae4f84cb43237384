package cn.budgetperf.publication.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationHistoryTest {

    private static final Instant NOW = Instant.parse("2025-06-30T02:00:00Z");

    private static ReportFacts facts(String status, boolean scored) {
        return new ReportFacts("510422001", 2024, "盐边县总工会", "盐边县", status, new BigDecimal("232.34"), new BigDecimal("232.34"),
                new BigDecimal("316.23"), scored ? Optional.of(new ReportFacts.Score(new BigDecimal("73.47"), new BigDecimal("7.35"),
                BigDecimal.TEN, new BigDecimal("73.50"), "中")) : Optional.empty());
    }

    private static PublicationHistory with(List<PublishedVersion> versions, PublishedVersion next) {
        List<PublishedVersion> all = new ArrayList<>(versions);
        all.add(next);
        return new PublicationHistory(all);
    }

    @Test
    void whenAnAcceptedAndScoredReportIsPublished_thenItIsVersionOneAndPublic() {
        PublishedVersion first = new PublicationHistory(List.of()).publish(facts("ACCEPTED", true), "bureau-yanbian", NOW);

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.action()).isEqualTo(Action.PUBLISHED);
        assertThat(with(List.of(), first).isPublic()).isTrue();
    }

    @Test
    void whenTheSubmissionIsNotAccepted_thenPublishingIsRefusedWithTheReason() {
        assertThatThrownBy(() -> new PublicationHistory(List.of()).publish(facts("SUBMITTED", true), "b", NOW))
                .isInstanceOf(PublicationRefused.class).hasMessageContaining("尚未经财政部门审核通过");
    }

    @Test
    void whenNoScoreExistsYet_thenPublishingIsRefused() {
        assertThatThrownBy(() -> new PublicationHistory(List.of()).publish(facts("ACCEPTED", false), "b", NOW))
                .isInstanceOf(PublicationRefused.class).hasMessageContaining("评分尚未计算完成");
    }

    @Test
    void whenAPublicReportIsPublishedAgain_thenTheBureauIsToldToCorrectInstead() {
        PublicationHistory history = with(List.of(), new PublicationHistory(List.of()).publish(facts("ACCEPTED", true), "b", NOW));

        assertThatThrownBy(() -> history.publish(facts("ACCEPTED", true), "b", NOW)).hasMessageContaining("更正");
    }

    @Test
    void whenCorrected_thenANewVersionCarriesTheNoteAndTheOldOneStays() {
        PublishedVersion first = new PublicationHistory(List.of()).publish(facts("ACCEPTED", true), "b", NOW);
        PublicationHistory history = with(List.of(), first);

        PublishedVersion second = history.correct(facts("ACCEPTED", true), "  更正支出决算表中的百分比  ", "b", NOW);

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.action()).isEqualTo(Action.CORRECTED);
        assertThat(second.note()).contains("更正支出决算表中的百分比");
        assertThat(with(history.versions(), second).version(1)).contains(first);
    }

    @Test
    void whenCorrectedWithoutANote_thenItIsRefused() {
        PublicationHistory history = with(List.of(), new PublicationHistory(List.of()).publish(facts("ACCEPTED", true), "b", NOW));

        assertThatThrownBy(() -> history.correct(facts("ACCEPTED", true), " ", "b", NOW)).hasMessageContaining("请填写更正说明");
        assertThatThrownBy(() -> history.correct(facts("ACCEPTED", true), "说".repeat(2001), "b", NOW)).hasMessageContaining("2000");
    }

    @Test
    void whenWithdrawnAndPublishedAgain_thenEveryStepIsItsOwnVersion() {
        PublicationHistory published = with(List.of(), new PublicationHistory(List.of()).publish(facts("ACCEPTED", true), "b", NOW));
        PublishedVersion withdrawal = published.withdraw("数据有误，待核实", "b", NOW);
        PublicationHistory withdrawn = with(published.versions(), withdrawal);

        PublishedVersion again = withdrawn.publish(facts("ACCEPTED", true), "b", NOW);

        assertThat(withdrawal.number()).isEqualTo(2);
        assertThat(withdrawal.facts()).isEmpty();
        assertThat(withdrawn.isPublic()).isFalse();
        assertThat(again.number()).isEqualTo(3);
        assertThatThrownBy(() -> withdrawn.withdraw("再次撤回", "b", NOW)).hasMessageContaining("无需撤回");
        assertThatThrownBy(() -> withdrawn.correct(facts("ACCEPTED", true), "x", "b", NOW)).hasMessageContaining("未公开");
    }
}
