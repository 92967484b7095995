package dk.punkt.web;

import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.Role;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template needs besides its own model: the user, the Danish (or English) texts, the CSRF token
 * for forms, and the current path for navigation.
 */
public record PageContext(
        Optional<CurrentUser> user,
        Locale locale,
        MessageSource messages,
        Optional<CsrfToken> csrf,
        String path,
        boolean demo) {

    /** The text for {@code key} in the page's language; a missing key shows as the key, so it is noticed. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /**
     * The form token, made only when a page has a form that needs it ({@code csrf} is Spring Security's deferred
     * token: nothing is made until asked): making it starts a session, and an anonymous reader of a public page should
     * not get one (nor a cookie that keeps the page from being cached).
     */
    public String csrfToken() {
        return csrf.map(CsrfToken::getToken).orElse("");
    }

    /** Asking for the name loads the token too (Spring Security's deferred token), hence also only on demand. */
    public String csrfParameterName() {
        return csrf.map(CsrfToken::getParameterName).orElse("_csrf");
    }

    public String lang() {
        return locale.getLanguage();
    }

    public boolean loggedIn() {
        return user.isPresent();
    }

    public boolean has(Role role) {
        return user.map(u -> u.has(role)).orElse(false);
    }

    public String userName() {
        return user.map(CurrentUser::displayName).orElse("");
    }

    /** Whether a navigation link points at the current page or a page below it. */
    public boolean isCurrent(String prefix) {
        return prefix.equals("/") ? path.equals("/") : path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
