package dk.punkt.search.internal;

import dk.punkt.search.AppendixContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Stop-gap {@link AppendixContent}: {@code <data-dir>/appendices/<id>} if it exists. */
@Component
class DataDirectoryAppendixContent implements AppendixContent {

    private final Path directory;

    DataDirectoryAppendixContent(@Value("${punkt.data-dir:./data}") Path dataDirectory) {
        this.directory = dataDirectory.resolve("appendices");
    }

    @Override
    public Optional<InputStream> open(long appendixId) throws IOException {
        Path file = directory.resolve(Long.toString(appendixId));
        return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
    }
}
