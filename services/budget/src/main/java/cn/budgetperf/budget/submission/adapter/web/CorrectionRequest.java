package cn.budgetperf.budget.submission.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Opening a correction: the 更正说明 shown with the corrected public report. */
record CorrectionRequest(
        @NotBlank(message = "更正时必须填写更正说明") @Size(max = 2000, message = "更正说明不能超过2000个字") String note) {
}
