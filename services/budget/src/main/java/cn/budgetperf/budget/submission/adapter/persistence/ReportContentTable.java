package cn.budgetperf.budget.submission.adapter.persistence;

import cn.budgetperf.budget.submission.application.ReportContents;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class ReportContentTable implements ReportContents {

    private final JdbcTemplate jdbc;

    ReportContentTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(UUID submissionId, String sha256, String contentType, byte[] content) {
        jdbc.update("insert into report_document (submission_id, sha256, content_type, content) values (?, ?, ?, ?) "
                + "on conflict do nothing", submissionId, sha256, contentType, content);
    }

    @Override
    public Optional<byte[]> load(UUID submissionId, String sha256) {
        return jdbc.query("select content from report_document where submission_id = ? and sha256 = ?",
                (rs, i) -> rs.getBytes("content"), submissionId, sha256).stream().findFirst();
    }
}
