package cn.budgetperf.budget.submission.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The narrative report (自评报告, .docx or UTF-8 .txt) attached to a submission version; its content is
 * kept apart, under its SHA-256.
 *
 * @param fileName    the name it was uploaded under
 * @param contentType its media type
 * @param size        bytes
 * @param sha256      hex digest of the content
 * @param uploadedBy  who attached it
 * @param uploadedAt  when
 */
public record ReportDocument(String fileName, String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {

    public ReportDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        if (fileName.isBlank() || fileName.length() > 200) {
            throw new WorkflowViolation("文件名不能为空，且不超过200个字符。");
        }
    }
}
