package cn.budgetperf.budget.submission.application;

import java.util.Optional;
import java.util.UUID;

/** Where the attached reports' content is kept, once per submission and SHA-256. */
public interface ReportContents {

    void store(UUID submissionId, String sha256, String contentType, byte[] content);

    Optional<byte[]> load(UUID submissionId, String sha256);
}
