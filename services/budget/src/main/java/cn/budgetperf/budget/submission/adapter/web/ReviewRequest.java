package cn.budgetperf.budget.submission.adapter.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bureau's decision: ACCEPT, or RETURN with a comment. */
record ReviewRequest(
        @NotNull(message = "缺少审核结论") @Pattern(regexp = "ACCEPT|RETURN", message = "审核结论只能是 ACCEPT（通过）或 RETURN（退回）")
        String decision,
        @Size(max = 2000, message = "审核意见不能超过2000个字")
        String comment) {
}
