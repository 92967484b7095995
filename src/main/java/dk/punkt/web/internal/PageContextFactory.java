package dk.punkt.web.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.web.PageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Builds the page context for controllers and for the error pages, which bypass controller advice. */
@Component
class PageContextFactory {

    private final AccountService accounts;
    private final MessageSource messages;
    private final boolean demo;

    PageContextFactory(AccountService accounts, MessageSource messages, @Value("${punkt.demo:true}") boolean demo) {
        this.accounts = accounts;
        this.messages = messages;
        this.demo = demo;
    }

    PageContext create(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new PageContext(
                accounts.current(),
                LocaleContextHolder.getLocale(),
                messages,
                Optional.ofNullable(csrf),
                request.getRequestURI(),
                demo);
    }
}
