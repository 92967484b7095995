package dk.punkt.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads an appendix file's bytes for text extraction; the bean delegates to the items module's storage. */
public interface AppendixContent {

    /** The file of appendix {@code appendixId}, or empty when there is none (yet). */
    Optional<InputStream> open(long appendixId) throws IOException;
}
