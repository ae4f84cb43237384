package cn.budgetperf.budget.submission.adapter.web;

import cn.budgetperf.budget.submission.domain.SubmissionBlocked;
import cn.budgetperf.budget.submission.domain.WorkflowViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The workflow's refusals for every submission endpoint (JSON, workbook, report): a step the state does
 * not allow is 409, a submission blocked by its findings 422 with them. Ordered before the kit's
 * catch-all problem responses.
 */
@RestControllerAdvice(basePackageClasses = SubmissionProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubmissionProblems {

    @ExceptionHandler(WorkflowViolation.class)
    ProblemDetail workflow(WorkflowViolation e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
        return problem;
    }

    @ExceptionHandler(SubmissionBlocked.class)
    ProblemDetail blocked(SubmissionBlocked e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
        problem.setProperty("findings", e.findings());
        return problem;
    }
}
