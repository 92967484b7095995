package dk.punkt.items;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where appendix files live, by key. The default keeps them under the data directory
 * ({@code internal.FileSystemAppendixStorage}); an S3-compatible implementation can replace it by being the one
 * {@code AppendixStorage} bean (put = PutObject, open = GetObject, delete = DeleteObject, keys as object names).
 */
public interface AppendixStorage {

    /** A temporary file on the same storage as the files, to receive an upload before it is checked. */
    Path newTemporaryFile() throws IOException;

    /** Stores the (checked) file under {@code key}, taking it over from {@code source}; all or nothing. */
    void put(String key, Path source) throws IOException;

    InputStream open(String key) throws IOException;

    /** Removes the file if it is there. */
    void delete(String key) throws IOException;
}
