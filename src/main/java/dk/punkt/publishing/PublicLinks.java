package dk.punkt.publishing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of public pages and documents, for feeds, calendars and open data, where a relative link means
 * nothing. The base is {@code punkt.public-base-url} (default {@code http://localhost:8080}).
 */
@Component
public class PublicLinks {

    private final String base;

    PublicLinks(@Value("${punkt.public-base-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String base() {
        return base;
    }

    public String committee(long committeeId) {
        return base + "/offentlig/udvalg/" + committeeId;
    }

    public String atomFeed(long committeeId) {
        return committee(committeeId) + "/feed.atom";
    }

    public String calendar(long committeeId) {
        return committee(committeeId) + "/kalender.ics";
    }

    public String meeting(long meetingId) {
        return base + "/offentlig/moeder/" + meetingId;
    }

    public String meetingPdf(long meetingId) {
        return meeting(meetingId) + "/dokument.pdf";
    }

    /** A frozen version's public page; its documents are below it ({@code /dokument.pdf}, {@code /samlet.pdf}). */
    public String meetingVersion(long meetingId, int number) {
        return meeting(meetingId) + "/versioner/" + number;
    }

    /** The collected PDF (samlet PDF) of the meeting's current document: the document with its open appendices. */
    public String meetingCollectedPdf(long meetingId) {
        return meeting(meetingId) + "/samlet.pdf";
    }

    /** The host part of the base, used to make calendar UIDs globally unique. */
    public String host() {
        return java.net.URI.create(base).getHost();
    }
}
