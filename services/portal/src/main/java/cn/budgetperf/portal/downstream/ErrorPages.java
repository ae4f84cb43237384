package cn.budgetperf.portal.downstream;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The Chinese pages for refusals and failures: never a stack trace. */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler(NotAllowed.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAllowed(NotAllowed e, Model model) {
        model.addAttribute("reason", e.getMessage());
        return "error/forbidden";
    }

    @ExceptionHandler(BadRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(BadRequest e, Model model) {
        model.addAttribute("reason", e.getMessage());
        return "error/refused";
    }

    @ExceptionHandler(DownstreamRefusal.class)
    String refused(DownstreamRefusal e, Model model, HttpServletResponse response) {
        if (e.forbidden()) {
            response.setStatus(403);
            model.addAttribute("reason", e.detail());
            return "error/forbidden";
        }
        response.setStatus(e.status() == 404 ? 404 : 400);
        model.addAttribute("reason", e.detail());
        return "error/refused";
    }

    @ExceptionHandler(DownstreamUnavailable.class)
    @ResponseStatus(HttpStatus.BAD_GATEWAY)
    String unavailable(DownstreamUnavailable e, Model model) {
        model.addAttribute("service", e.service());
        return "error/unavailable";
    }
}
