package dk.punkt.oparl.internal;

import dk.punkt.publishing.PublicLinks;
import org.springframework.stereotype.Component;

/**
 * Absolute OParl addresses. They start at the same public base URL as the public site and the feeds
 * ({@code punkt.public-base-url}, through {@link PublicLinks}), so one setting moves everything.
 */
@Component
class OparlLinks {

    static final String PREFIX = "/oparl/v1";
    static final String BODY_KEY = "1";

    private final PublicLinks links;

    OparlLinks(PublicLinks links) {
        this.links = links;
    }

    String base() {
        return links.base();
    }

    String api() {
        return links.base() + PREFIX;
    }

    String system() {
        return api() + "/system";
    }

    String bodies() {
        return api() + "/body";
    }

    String body() {
        return object(OparlType.BODY, BODY_KEY);
    }

    /** The body's list of objects of one type, e.g. {@code …/body/1/meeting}. */
    String list(OparlType type) {
        return body() + "/" + type.path();
    }

    String object(OparlType type, String key) {
        return api() + "/" + type.path() + "/" + key;
    }

    PublicLinks publicLinks() {
        return links;
    }
}
