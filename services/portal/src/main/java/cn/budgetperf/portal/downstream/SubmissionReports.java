package cn.budgetperf.portal.downstream;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * The self-evaluation report attached to a submission, as the budget service gives it to the
 * department and to the finance bureau of its region alike: {@code GET
 * /api/budget/submissions/{id}/report/findings} (the file's metadata and the report checker's
 * findings) and {@code GET …/report} (the file), with the caller's token.
 */
@Component
public class SubmissionReports {

    private static final String SUBMISSIONS = "/api/budget/submissions/";

    private final Downstream downstream;

    SubmissionReports(Downstream downstream) {
        this.downstream = downstream;
    }

    /**
     * The attached report ({@code report}: fileName, size, uploadedBy …) and its check ({@code check}:
     * claimsChecked, findings with ruleId, severity, message, location line and excerpt); empty when
     * none is attached (the budget service's 404). Any other refusal is thrown.
     */
    public Optional<Map<String, Object>> attached(Jwt jwt, UUID submission) {
        try {
            return Optional.of(downstream.budgetGet(jwt, SUBMISSIONS + submission + "/report/findings"));
        } catch (DownstreamRefusal e) {
            if (e.status() != 404) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** The attached file, passed on with the type and file name the budget service gave. */
    public ResponseEntity<byte[]> file(Jwt jwt, UUID submission) {
        Download file = downstream.budgetDownload(jwt, SUBMISSIONS + submission + "/report");
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType());
        if (file.contentDisposition() != null) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition());
        }
        return answer.body(file.body());
    }
}
