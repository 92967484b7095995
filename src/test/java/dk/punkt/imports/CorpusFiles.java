package dk.punkt.imports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.punkt.publishing.MeetingDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The corpus files shipped with the demo (src/main/resources/demo/corpus), and hand-checked documents of them. */
final class CorpusFiles {

    static final List<String> NAMES = List.of("chefforum-2019-10-24", "chefforum-2024-06-06", "chefforum-2025-02-12");

    static final ObjectMapper JSON = JsonMapper.builder()
            .findAndAddModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .build();

    private CorpusFiles() {}

    static byte[] bytes(String name) {
        return read("/demo/corpus/" + name + ".txt");
    }

    static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The meeting document of a corpus file as written by hand from reading it (src/test/resources/imports/reference). */
    static MeetingDocument reference(String name) {
        try {
            return JSON.readValue(read("/imports/reference/" + name + ".json"), MeetingDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = CorpusFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
