package cn.budgetperf.portal.downstream;

import cn.budgetperf.kit.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** The Chinese pages for refusals and failures: never a stack trace. */
@ControllerAdvice
class ErrorPages {

    /** Who is logged in, for the page header (name and role), when a token came with the request. */
    private static void identify(Model model) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            model.addAttribute("user", CurrentUser.from(token.getToken()));
        }
    }

    @ExceptionHandler(NotAllowed.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAllowed(NotAllowed e, Model model) {
        identify(model);
        model.addAttribute("reason", e.getMessage());
        return "error/forbidden";
    }

    @ExceptionHandler(BadRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(BadRequest e, Model model) {
        identify(model);
        model.addAttribute("reason", e.getMessage());
        return "error/refused";
    }

    @ExceptionHandler(DownstreamRefusal.class)
    String refused(DownstreamRefusal e, Model model, HttpServletResponse response) {
        identify(model);
        if (e.forbidden()) {
            response.setStatus(403);
            model.addAttribute("reason", e.detail());
            return "error/forbidden";
        }
        response.setStatus(e.status() == 404 ? 404 : 400);
        model.addAttribute("reason", e.detail());
        return "error/refused";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    String tooLarge(Model model) {
        model.addAttribute("reason", "上传的文件超过门户允许的大小上限，未保存，原有内容未改变。请检查是否选错了文件。");
        return "error/refused";
    }

    @ExceptionHandler(DownstreamUnavailable.class)
    @ResponseStatus(HttpStatus.BAD_GATEWAY)
    String unavailable(DownstreamUnavailable e, Model model) {
        identify(model);
        model.addAttribute("service", e.service());
        return "error/unavailable";
    }
}
