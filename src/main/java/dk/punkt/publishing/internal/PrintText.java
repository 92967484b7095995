package dk.punkt.publishing.internal;

import dk.punkt.items.RichText;

/** Section texts for the print template: the sanitised HTML subset, written as well-formed XHTML. */
public final class PrintText {

    private PrintText() {}

    /**
     * The sanitiser writes void elements as {@code <br />} and escapes with numeric references, so its output is
     * well-formed XML; sanitising again also normalises texts stored before the policy was tightened.
     */
    public static String xhtml(String html) {
        return RichText.sanitize(html);
    }
}
