package cn.budgetperf.portal.downstream;

import org.springframework.http.MediaType;

/**
 * A file a service answered: its bytes, its type and its {@code Content-Disposition} (which names the
 * file), passed on to the browser as they came.
 */
public record Download(byte[] body, MediaType contentType, String contentDisposition) {
}
