package dk.punkt.web.internal;

import dk.punkt.web.PageContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page template its {@code ctx}. */
@ControllerAdvice
class PageContextAdvice {

    private final PageContextFactory factory;

    PageContextAdvice(PageContextFactory factory) {
        this.factory = factory;
    }

    @ModelAttribute("ctx")
    PageContext pageContext(HttpServletRequest request) {
        return factory.create(request);
    }
}
