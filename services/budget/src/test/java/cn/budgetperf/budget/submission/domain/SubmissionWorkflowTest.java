package cn.budgetperf.budget.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.budgetperf.budget.validation.domain.Finding;
import cn.budgetperf.budget.validation.domain.Severity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionWorkflowTest {

    private static final Instant LATER = Instant.parse("2024-03-02T08:00:00Z");
    private static final Finding ERROR = new Finding("EXEC-001", Severity.ERROR, "全年预算数为0", "figures.budgetTotal", "> 0", "0");
    private static final Finding WARNING = new Finding("EXEC-002", Severity.WARNING, "支出超过预算", "figures.expenditureTotal", null, null);
    private static final Finding INFO = new Finding("YOY-001", Severity.INFO, "变动超过30%", "expenditure.total.actual", null, null);

    @Test
    void whenDraftIsSubmitted_thenItIsSubmittedAndItsRevisionGrows() {
        Submission draft = SubmissionFixture.rsj2023().draft();

        Submission submitted = draft.submit(List.of(INFO), "dept-xushui-rsj", LATER);

        assertThat(submitted.status()).isEqualTo(Status.SUBMITTED);
        assertThat(submitted.revision()).isEqualTo(draft.revision() + 1);
        assertThat(submitted.id()).isEqualTo(draft.id());
    }

    @Test
    void whenSubmittedIsEdited_thenTheWorkflowRefusesWithAChineseReason() {
        Submission submitted = SubmissionFixture.rsj2023().draft().submit(List.of(), "dept-xushui-rsj", LATER);

        assertThatThrownBy(() -> submitted.replaceDraft(SubmissionFixture.rsj2023().document(), "dept-xushui-rsj", LATER))
                .isInstanceOf(WorkflowViolation.class)
                .hasMessageContaining("已报送");
    }

    @Test
    void whenBureauReturnsWithoutComment_thenItIsRefused() {
        Submission submitted = SubmissionFixture.rsj2023().draft().submit(List.of(), "dept-xushui-rsj", LATER);

        assertThatThrownBy(() -> submitted.returnWith(" ", "bureau-xushui", LATER))
                .isInstanceOf(WorkflowViolation.class)
                .hasMessageContaining("退回意见");
    }

    @Test
    void whenReturnedIsEditedAndResubmitted_thenTheCommentStaysUntilResubmission() {
        Submission returned = SubmissionFixture.rsj2023().draft().submit(List.of(), "d", LATER).returnWith("执行率说明不足", "bureau-xushui", LATER);

        Submission edited = returned.replaceDraft(SubmissionFixture.rsj2023().document(), "d", LATER);
        Submission resubmitted = edited.submit(List.of(), "d", LATER);

        assertThat(returned.status()).isEqualTo(Status.RETURNED);
        assertThat(edited.status()).isEqualTo(Status.DRAFT);
        assertThat(edited.reviewComment()).isEqualTo("执行率说明不足");
        assertThat(resubmitted.status()).isEqualTo(Status.SUBMITTED);
        assertThat(resubmitted.reviewComment()).isNull();
    }

    @Test
    void whenDraftIsAcceptedWithoutBeingSubmitted_thenItIsRefused() {
        Submission draft = SubmissionFixture.rsj2023().draft();

        assertThatThrownBy(() -> draft.accept("bureau-xushui", LATER)).isInstanceOf(WorkflowViolation.class);
    }

    @Test
    void whenTheContentHasAnError_thenSubmissionIsBlockedWithTheFinding() {
        Submission draft = SubmissionFixture.rsj2023().draft();

        assertThatThrownBy(() -> draft.submit(List.of(ERROR, WARNING), "d", LATER))
                .isInstanceOfSatisfying(SubmissionBlocked.class,
                        e -> assertThat(e.findings()).extracting(Finding::ruleId).containsExactly("EXEC-001"));
    }

    @Test
    void whenAWarningIsNotExplained_thenSubmissionIsBlockedUntilItIs() {
        Submission draft = SubmissionFixture.rsj2023().draft();

        assertThatThrownBy(() -> draft.submit(List.of(WARNING, INFO), "d", LATER))
                .isInstanceOfSatisfying(SubmissionBlocked.class, e -> {
                    assertThat(e.getMessage()).contains("1个警告尚未说明");
                    assertThat(e.findings()).extracting(Finding::ruleId).containsExactly("EXEC-002");
                });
        Submission explained = draft.explain("EXEC-002", "figures.expenditureTotal", "年中追加就业补助资金", "d", LATER);
        assertThat(explained.submit(List.of(WARNING, INFO), "d", LATER).status()).isEqualTo(Status.SUBMITTED);
        assertThat(explained.explanations()).singleElement().satisfies(e -> assertThat(e.author()).isEqualTo("d"));
    }

    @Test
    void whenAnExplanationIsWrittenAgain_thenItReplacesTheFormerOne() {
        Submission draft = SubmissionFixture.rsj2023().draft()
                .explain("EXEC-002", "figures.expenditureTotal", "初稿", "d", LATER)
                .explain("EXEC-002", "figures.expenditureTotal", "定稿", "d", LATER);

        assertThat(draft.explanations()).singleElement().satisfies(e -> assertThat(e.text()).isEqualTo("定稿"));
    }

    @Test
    void whenAnAcceptedSubmissionIsCorrected_thenTheNextVersionOpensAsADraftWithTheNote() {
        Submission accepted = SubmissionFixture.rsj2023().draft().submit(List.of(), "d", LATER).accept("bureau-xushui", LATER);

        Submission correction = accepted.openCorrection("更正2023年度收入决算数", "d", LATER);

        assertThat(correction.version()).isEqualTo(2);
        assertThat(correction.status()).isEqualTo(Status.DRAFT);
        assertThat(correction.correctionNote()).isEqualTo("更正2023年度收入决算数");
        assertThat(correction.isCorrection()).isTrue();
        assertThat(correction.revision()).isEqualTo(accepted.revision() + 1);
    }

    @Test
    void whenADraftIsCorrectedOrTheNoteIsBlank_thenItIsRefused() {
        Submission draft = SubmissionFixture.rsj2023().draft();
        Submission accepted = draft.submit(List.of(), "d", LATER).accept("b", LATER);

        assertThatThrownBy(() -> draft.openCorrection("x", "d", LATER)).hasMessageContaining("只有已审核通过的填报才能更正");
        assertThatThrownBy(() -> accepted.openCorrection(" ", "d", LATER)).hasMessageContaining("更正说明");
    }
}
