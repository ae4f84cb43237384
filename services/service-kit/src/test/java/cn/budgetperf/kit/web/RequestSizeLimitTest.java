package cn.budgetperf.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class RequestSizeLimitTest {

    private final RequestSizeLimit limit = new RequestSizeLimit(DataSize.ofKilobytes(1),
            Map.of("/api/budget/report-check", DataSize.ofMegabytes(10)));

    private MockHttpServletResponse post(String path, int bytes) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(new byte[bytes]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void whenABodyExceedsTheDefaultLimit_thenA413SaysTheLimit() throws Exception {
        MockHttpServletResponse response = post("/api/budget/submissions", 2048);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("超过1 KB的上限");
    }

    @Test
    void whenAPathHasItsOwnLimit_thenBodiesUpToItPass() throws Exception {
        assertThat(post("/api/budget/report-check", 2048).getStatus()).isEqualTo(200);
    }

    @Test
    void whenABodyExceedsItsPathsLimit_thenA413SaysThatLimit() throws Exception {
        MockHttpServletResponse response = post("/api/budget/report-check", 11 * 1024 * 1024);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("超过10 MB的上限");
    }
}
