package cn.budgetperf.budget.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubmissionWorkflowTest {

    private static final Instant LATER = Instant.parse("2024-03-02T08:00:00Z");

    @Test
    void whenDraftIsSubmitted_thenItIsSubmittedAndItsRevisionGrows() {
        Submission draft = SubmissionFixture.rsj2023().draft();

        Submission submitted = draft.submit("dept-xushui-rsj", LATER);

        assertThat(submitted.status()).isEqualTo(Status.SUBMITTED);
        assertThat(submitted.revision()).isEqualTo(draft.revision() + 1);
        assertThat(submitted.id()).isEqualTo(draft.id());
    }

    @Test
    void whenSubmittedIsEdited_thenTheWorkflowRefusesWithAChineseReason() {
        Submission submitted = SubmissionFixture.rsj2023().draft().submit("dept-xushui-rsj", LATER);

        assertThatThrownBy(() -> submitted.replaceDraft("x", SubmissionFixture.rsj2023().figures(), "dept-xushui-rsj", LATER))
                .isInstanceOf(WorkflowViolation.class)
                .hasMessageContaining("已报送");
    }

    @Test
    void whenBureauReturnsWithoutComment_thenItIsRefused() {
        Submission submitted = SubmissionFixture.rsj2023().draft().submit("dept-xushui-rsj", LATER);

        assertThatThrownBy(() -> submitted.returnWith(" ", "bureau-xushui", LATER))
                .isInstanceOf(WorkflowViolation.class)
                .hasMessageContaining("退回意见");
    }

    @Test
    void whenReturnedIsEditedAndResubmitted_thenTheCommentStaysUntilResubmission() {
        Submission returned = SubmissionFixture.rsj2023().draft().submit("d", LATER).returnWith("执行率说明不足", "bureau-xushui", LATER);

        Submission edited = returned.replaceDraft("保定市徐水区人力资源和社会保障局", SubmissionFixture.rsj2023().figures(), "d", LATER);
        Submission resubmitted = edited.submit("d", LATER);

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
    void whenFiguresHaveAnError_thenSubmissionIsBlockedWithTheFinding() {
        Submission draft = SubmissionFixture.rsj2023().budget("0").draft();

        assertThatThrownBy(() -> draft.submit("d", LATER))
                .isInstanceOfSatisfying(SubmissionBlocked.class,
                        e -> assertThat(e.findings()).extracting(Finding::ruleId).containsExactly("EXEC-001"));
    }
}
