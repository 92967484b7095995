package dk.punkt.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads an appendix file's bytes for text extraction. The items module does not offer this yet (its
 * {@code AppendixStorage} is being built); until it does, the search module reads {@code <data-dir>/appendices/<id>}
 * when such a file exists (see docs/decisions-search.md). Replace the bean with one that delegates to the items
 * module's storage once it is public.
 */
public interface AppendixContent {

    /** The file of appendix {@code appendixId}, or empty when there is none (yet). */
    Optional<InputStream> open(long appendixId) throws IOException;
}
