package cn.budgetperf.publication.report.adapter.web;

import jakarta.validation.constraints.Size;

/** The 更正说明 of a correction or the reason of a withdrawal. */
record PublicationRequest(@Size(max = 2000, message = "说明不能超过2000个字") String note) {
}
