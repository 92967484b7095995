package dk.punkt.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Danish error pages in the site's layout for 403, 404 and everything else. */
@Component
class DanishErrorViewResolver implements ErrorViewResolver {

    private final PageContextFactory pageContexts;

    DanishErrorViewResolver(PageContextFactory pageContexts) {
        this.pageContexts = pageContexts;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        var ctx = pageContexts.create(request);
        String key = switch (status.value()) {
            case 400, 403, 404, 405 -> "error." + status.value();
            default -> status.is4xxClientError() ? "error.400" : "error.500";
        };
        ModelAndView view = new ModelAndView("web/error", status);
        view.addObject("ctx", ctx);
        view.addObject("status", status.value());
        view.addObject("heading", ctx.t(key + ".heading"));
        view.addObject("message", ctx.t(key + ".message"));
        return view;
    }
}
