package dk.punkt.items;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML subset allowed in section and decision texts. Everything users type passes through {@link #sanitize}
 * on write, so stored text is safe to render unescaped.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "a", "table", "thead", "tbody", "tr", "th",
                    "td", "h3", "h4")
            .allowAttributes("href")
            .onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private RichText() {}

    /** The allowed subset of {@code html}; {@code null} gives the empty string. */
    public static String sanitize(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        // Text already in the sanitiser's own output form comes out unchanged: skip the sanitiser (most stored text
        // is sanitised again on every write, and the import's parser writes this form).
        if (SanitisedForm.holds(html)) {
            return html;
        }
        return sanitiser(html);
    }

    /** The sanitiser itself, without the short cut (tests compare the two). */
    static String sanitiser(String html) {
        return POLICY.sanitize(html);
    }
}
