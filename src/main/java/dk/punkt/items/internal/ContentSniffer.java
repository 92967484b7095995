package dk.punkt.items.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells an appendix's real type from its first bytes (and, for Office files, from the parts inside the zip), so
 * that a file is served as what it is, not as what its name or the browser claims.
 */
public final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private ContentSniffer() {}

    /** The type the file's content is, or empty when it is none of the accepted types. */
    public static Optional<AppendixType> sniff(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        byte[] start = Arrays.copyOf(head, read);
        if (startsWith(start, PDF)) {
            return Optional.of(AppendixType.PDF);
        }
        if (startsWith(start, PNG)) {
            return Optional.of(AppendixType.PNG);
        }
        if (startsWith(start, JPEG)) {
            return Optional.of(AppendixType.JPEG);
        }
        if (startsWith(start, ZIP)) {
            return officeType(file);
        }
        return Optional.empty();
    }

    /** An OOXML package has {@code [Content_Types].xml} and the main part of its kind. */
    private static Optional<AppendixType> officeType(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            for (AppendixType type : AppendixType.values()) {
                if (type.mainPart() != null && zip.getEntry(type.mainPart()) != null) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
