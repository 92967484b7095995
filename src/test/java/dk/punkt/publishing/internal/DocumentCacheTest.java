package dk.punkt.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.meetings.MeetingState;
import dk.punkt.publishing.MeetingDocument;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache key is the content: equal documents share an entry, any change makes a new one. */
class DocumentCacheTest {

    private static MeetingDocument minutes(String decision) {
        MeetingDocument.Item item = new MeetingDocument.Item(
                1L,
                1,
                "CF - Evt.",
                "00.01.00-P35-9-22",
                "Orientering",
                null,
                null,
                false,
                null,
                List.of(new MeetingDocument.Section("Beslutning", "<p>" + decision + "</p>")),
                null,
                decision,
                null,
                List.of(),
                false,
                0);
        return new MeetingDocument(
                7L,
                "Chefforum",
                MeetingDocument.Kind.REFERAT,
                MeetingState.REFERAT_GODKENDT,
                LocalDate.of(2024, 6, 6),
                LocalTime.of(9, 0),
                "915",
                List.of(),
                List.of(),
                List.of(),
                List.of(item));
    }

    @Test
    void theFingerprintFollowsTheContentTheVariantAndTheFormat() {
        String base = DocumentCache.fingerprint(minutes("Godkendt."), true, "pdf");

        assertThat(DocumentCache.fingerprint(minutes("Godkendt."), true, "pdf")).isEqualTo(base);
        assertThat(DocumentCache.fingerprint(minutes("Godkendt med rettelser."), true, "pdf"))
                .isNotEqualTo(base);
        assertThat(DocumentCache.fingerprint(minutes("Godkendt."), false, "pdf"))
                .isNotEqualTo(base);
        assertThat(DocumentCache.fingerprint(minutes("Godkendt."), true, "docx"))
                .isNotEqualTo(base);
    }

    @Test
    void aDocumentIsRenderedOnceWhileItIsCached() {
        DocumentCache cache = new DocumentCache();
        AtomicInteger renders = new AtomicInteger();

        byte[] first = cache.get("a", () -> new byte[] {(byte) renders.incrementAndGet()});
        byte[] second = cache.get("a", () -> new byte[] {(byte) renders.incrementAndGet()});

        assertThat(second).isSameAs(first);
        assertThat(renders).hasValue(1);
    }
}
