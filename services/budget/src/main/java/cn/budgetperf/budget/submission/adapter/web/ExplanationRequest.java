package cn.budgetperf.budget.submission.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The explanation of one warning: the finding's rule and location, and the text. */
record ExplanationRequest(
        @NotBlank(message = "缺少规则编号") @Size(max = 50, message = "规则编号过长") String ruleId,
        @NotBlank(message = "缺少位置") @Size(max = 500, message = "位置过长") String location,
        @NotBlank(message = "说明不能为空") @Size(max = 2000, message = "说明不能超过2000个字") String text) {
}
