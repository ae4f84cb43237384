package cn.budgetperf.kit.web;

import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns refusals of REST controllers into problem details with a Chinese {@code detail}. Page
 * controllers are left to the error pages of their service.
 */
@AutoConfiguration
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ProblemResponses {

    @ExceptionHandler(ApiException.class)
    ProblemDetail refused(ApiException e) {
        return problem(e.status(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String where = jsonPath(causeOfType(e, tools.jackson.core.JacksonException.class));
        IllegalArgumentException invariant = causeOfType(e, IllegalArgumentException.class);
        if (invariant != null) {
            return problem(HttpStatus.BAD_REQUEST, invariant.getMessage() + (where.isEmpty() ? "" : "（位置：" + where + "）"));
        }
        return problem(HttpStatus.BAD_REQUEST, "请求内容不是有效的JSON，或字段类型不正确"
                + (where.isEmpty() ? "" : "（位置：" + where + "）") + "，请检查后重新提交。");
    }

    /** Where in the JSON body reading failed, e.g. {@code projects.items[2].budget}; empty if unknown. */
    static String jsonPath(tools.jackson.core.JacksonException e) {
        if (e == null) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (tools.jackson.core.JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        String first = errors.isEmpty() ? "请求内容有误" : errors.get(0).get("field") + "：" + errors.get(0).get("message");
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "提交的内容有" + errors.size() + "处错误，" + first);
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "参数“" + e.getName() + "”的值无效：" + e.getValue());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail outOfRange(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型：" + e.getContentType());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "上传的文件超过了允许的大小，请减小后重试。");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "您没有权限执行此操作。");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (e instanceof org.springframework.web.ErrorResponse known) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            return problem(status, switch (status) {
                case NOT_FOUND -> "找不到请求的资源。";
                case METHOD_NOT_ALLOWED -> "不支持该请求方法。";
                case NOT_ACCEPTABLE -> "无法以请求的格式返回结果。";
                default -> "请求无法处理：" + status.getReasonPhrase();
            });
        }
        org.slf4j.LoggerFactory.getLogger(ProblemResponses.class).error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误，请稍后重试；如果问题持续，请联系管理员。");
    }

    static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
