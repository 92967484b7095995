package dk.punkt.items;

import dk.punkt.items.AppendixRejectedException.Reason;
import dk.punkt.items.internal.AgendaItem;
import dk.punkt.items.internal.AgendaItemRepository;
import dk.punkt.items.internal.Appendix;
import dk.punkt.items.internal.AppendixRepository;
import dk.punkt.items.internal.AppendixType;
import dk.punkt.items.internal.ContentSniffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Appendix files: upload with a size limit and content sniffing, stored in {@link AppendixStorage} and recorded on
 * the item, all or nothing; reading them back for download (the caller checks access).
 */
@Service
public class AppendixService {

    private static final Logger log = LoggerFactory.getLogger(AppendixService.class);

    private final AgendaItemRepository items;
    private final AppendixRepository appendices;
    private final AppendixStorage storage;
    private final TransactionTemplate transactions;
    private final DataSize maxSize;
    private final ApplicationEventPublisher events;

    AppendixService(
            AgendaItemRepository items,
            AppendixRepository appendices,
            AppendixStorage storage,
            PlatformTransactionManager transactionManager,
            @Value("${punkt.appendix.max-size:25MB}") DataSize maxSize,
            ApplicationEventPublisher events) {
        this.items = items;
        this.appendices = appendices;
        this.storage = storage;
        this.transactions = new TransactionTemplate(transactionManager);
        this.maxSize = maxSize;
        this.events = events;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * Checks the file (name, type by content, size), stores it and records it on the draft item. The file is
     * received and checked before the transaction; if recording fails, the stored file is removed again.
     *
     * @throws AppendixRejectedException naming the file and the reason
     * @throws ItemNotFoundException if there is no such item
     */
    public ItemView.AppendixView upload(long itemId, String fileName, boolean closed, InputStream content) {
        String name = cleanName(fileName);
        AppendixType type = AppendixType.ofFileName(name)
                .orElseThrow(() -> new AppendixRejectedException(
                        name, Reason.TYPE_NOT_ALLOWED, "only PDF, DOCX, XLSX, PPTX, PNG and JPEG files are accepted"));
        requireDraft(items.findById(itemId).orElseThrow(() -> new ItemNotFoundException(itemId)), name);

        Path received = null;
        String key = LocalDate.now().getYear() + "/" + UUID.randomUUID() + "."
                + type.name().toLowerCase();
        boolean stored = false;
        try {
            received = storage.newTemporaryFile();
            long size = receive(content, received, name);
            AppendixType actual = ContentSniffer.sniff(received).orElse(null);
            if (actual != type) {
                throw new AppendixRejectedException(
                        name,
                        Reason.CONTENT_MISMATCH,
                        "its content is " + (actual == null ? "not an accepted type" : actual.name()) + ", not "
                                + type.name());
            }
            storage.put(key, received);
            stored = true;
            ItemView.AppendixView view = transactions.execute(status -> {
                AgendaItem item = items.findForUpdate(itemId).orElseThrow(() -> new ItemNotFoundException(itemId));
                requireDraft(item, name);
                Appendix appendix = item.addAppendix(name, closed, type.contentType(), size, Instant.now(), key);
                items.flush();
                events.publishEvent(new AppendixAdded(itemId, appendix.id()));
                return appendix.toView();
            });
            stored = false;
            return view;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store appendix '" + name + "' of item " + itemId, e);
        } finally {
            deleteQuietly(received, stored ? key : null);
        }
    }

    /** The appendix with its item's facts, for the access check before a download. */
    @Transactional(readOnly = true)
    public Optional<StoredAppendix> find(long appendixId) {
        return appendices.findById(appendixId).map(appendix -> {
            AgendaItem item = appendix.item();
            return new StoredAppendix(
                    appendix.toView(), item.id(), item.committeeId(), item.closed(), item.state(), item.meetingId());
        });
    }

    /** The file's content; empty for appendices known only by name (imported without their file). */
    @Transactional(readOnly = true)
    public Optional<InputStream> open(long appendixId) {
        Appendix appendix = appendices.findById(appendixId).orElseThrow();
        if (appendix.storageKey() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(storage.open(appendix.storageKey()));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read appendix " + appendixId, e);
        }
    }

    private long receive(InputStream content, Path target, String name) throws IOException {
        long limit = maxSize.toBytes();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = content;
                OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw new AppendixRejectedException(
                            name, Reason.TOO_LARGE, "it is larger than " + maxSize.toMegabytes() + " MB");
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw new AppendixRejectedException(name, Reason.EMPTY, "the file is empty");
        }
        return total;
    }

    private static void requireDraft(AgendaItem item, String name) {
        if (item.state() != ItemState.KLADDE) {
            throw new AppendixRejectedException(
                    name,
                    Reason.ITEM_NOT_DRAFT,
                    "item " + item.id() + " is " + item.state() + "; appendices are added while it is a draft");
        }
    }

    /** The last path segment of what the browser sent, without control characters, at most 300 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            throw new AppendixRejectedException("(uden navn)", Reason.NO_NAME, "the file has no name");
        }
        if (name.length() > ItemService.MAX_APPENDIX_NAME) {
            int dot = name.lastIndexOf('.');
            String ending = dot > 0 ? name.substring(dot) : "";
            name = name.substring(0, ItemService.MAX_APPENDIX_NAME - ending.length()) + ending;
        }
        return name;
    }

    private void deleteQuietly(Path received, String key) {
        try {
            if (received != null) {
                Files.deleteIfExists(received);
            }
            if (key != null) {
                storage.delete(key);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove the unused upload {} / {}: {}", received, key, e.toString());
        }
    }
}
