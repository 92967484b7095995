package dk.punkt.search.internal;

import dk.punkt.items.AppendixService;
import dk.punkt.search.AppendixContent;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Appendix files as the items module stores them (file system or whatever {@code AppendixStorage} is configured). */
@Component
class ItemsAppendixContent implements AppendixContent {

    private final AppendixService appendices;

    ItemsAppendixContent(AppendixService appendices) {
        this.appendices = appendices;
    }

    @Override
    public Optional<InputStream> open(long appendixId) {
        return appendices.open(appendixId);
    }
}
