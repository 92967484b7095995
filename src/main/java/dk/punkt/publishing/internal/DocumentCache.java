package dk.punkt.publishing.internal;

import dk.punkt.publishing.MeetingDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Generated documents keyed by a fingerprint of what they are made from: the finished meeting document (already cut
 * to its audience), the variant and the format. Any change to the meeting, an item or a decision changes the
 * fingerprint, so an entry is never stale; approved minutes keep theirs for good. The fingerprint is also the ETag.
 */
@Component
class DocumentCache {

    /** Raise when the templates or renderers change what they make from the same document. */
    static final String RENDERING = "print-2";

    private static final int MAX_ENTRIES = 64;

    /**
     * Collected PDFs carry their appendices and can be tens of megabytes: the cache keeps at most this many bytes,
     * and a single document above {@link #MAX_ENTRY_BYTES} is served without being kept.
     */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;

    private long bytes;

    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(32, 0.75f, true);

    static String fingerprint(MeetingDocument document, boolean publicVersion, String format) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((RENDERING + '|' + format + '|' + publicVersion + '|').getBytes(StandardCharsets.UTF_8));
            // Records print every component, nested records and lists included, in a fixed order.
            sha.update(document.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** The cached bytes for {@code fingerprint}, rendering them (outside the lock) when missing. */
    byte[] get(String fingerprint, Supplier<byte[]> render) {
        synchronized (entries) {
            byte[] cached = entries.get(fingerprint);
            if (cached != null) {
                return cached;
            }
        }
        byte[] rendered = render.get();
        if (rendered.length > MAX_ENTRY_BYTES) {
            return rendered;
        }
        synchronized (entries) {
            byte[] previous = entries.put(fingerprint, rendered);
            bytes += rendered.length - (previous == null ? 0 : previous.length);
            var eldest = entries.entrySet().iterator();
            while ((entries.size() > MAX_ENTRIES || bytes > MAX_BYTES) && eldest.hasNext()) {
                bytes -= eldest.next().getValue().length;
                eldest.remove();
            }
        }
        return rendered;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
