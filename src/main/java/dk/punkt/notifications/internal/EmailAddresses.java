package dk.punkt.notifications.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The e-mail addresses a citizen may subscribe with: the common dot-atom form ({@code name@domain.tld}), at most 254
 * characters, compared in lower case so that one mailbox gets one subscription. Quoted local parts, IP literals and
 * non-ASCII (internationalised) addresses are refused: rare, and many mail servers refuse them too.
 */
public final class EmailAddresses {

    private static final Pattern LOCAL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}");

    private EmailAddresses() {}

    /** The address stripped and in lower case, or empty when it is not a usable address. */
    public static Optional<String> normalize(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String a = address.strip();
        if (a.isEmpty() || a.length() > 254) {
            return Optional.empty();
        }
        int at = a.lastIndexOf('@');
        if (at <= 0 || at != a.indexOf('@') || at > 64) {
            return Optional.empty();
        }
        String local = a.substring(0, at);
        String domain = a.substring(at + 1);
        if (!LOCAL.matcher(local).matches()) {
            return Optional.empty();
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return Optional.empty();
        }
        for (int i = 0; i < labels.length - 1; i++) {
            if (!LABEL.matcher(labels[i]).matches()) {
                return Optional.empty();
            }
        }
        if (!TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
            return Optional.empty();
        }
        return Optional.of(a.toLowerCase(Locale.ROOT));
    }
}
