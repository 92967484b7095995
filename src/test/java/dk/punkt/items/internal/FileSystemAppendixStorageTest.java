package dk.punkt.items.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemAppendixStorageTest {

    @TempDir
    Path root;

    @Test
    void putMovesTheUploadIntoPlaceAndOpenReadsIt() throws IOException {
        FileSystemAppendixStorage storage = new FileSystemAppendixStorage(root);
        Path upload = storage.newTemporaryFile();
        Files.writeString(upload, "indhold");

        storage.put("2026/abc-123.pdf", upload);

        assertThat(upload).doesNotExist();
        try (InputStream in = storage.open("2026/abc-123.pdf")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("indhold");
        }
        storage.delete("2026/abc-123.pdf");
        assertThat(root.resolve("2026/abc-123.pdf")).doesNotExist();
        storage.delete("2026/abc-123.pdf");
    }

    @Test
    void keysCannotLeaveTheRoot() {
        FileSystemAppendixStorage storage = new FileSystemAppendixStorage(root);
        assertThatThrownBy(() -> storage.open("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.open("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.open("2026/../../x")).isInstanceOf(IllegalArgumentException.class);
    }
}
