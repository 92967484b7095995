package dk.punkt.search.internal;

import dk.punkt.items.ItemView;
import dk.punkt.search.AppendixContent;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extracts appendix text off the request thread: on one background thread of its own (not a shared Spring executor
 * bean, which would replace Spring Boot's default one), after the transaction that found the appendices committed.
 * Each appendix gets a row in {@code search_appendix_text} (also when it has no file yet or cannot be read, so it is
 * not retried on every reindex); then the meeting's entries are rebuilt with the text.
 */
@Component
class AppendixExtraction {

    private static final Logger log = LoggerFactory.getLogger(AppendixExtraction.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-appendix-text");
        thread.setDaemon(true);
        return thread;
    });

    private final AppendixContent content;
    private final AppendixTextRepository texts;
    private final ObjectProvider<dk.punkt.search.SearchIndexer> indexer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AppendixExtraction(
            AppendixContent content,
            AppendixTextRepository texts,
            ObjectProvider<dk.punkt.search.SearchIndexer> indexer,
            TransactionTemplate transaction,
            Clock clock) {
        this.content = content;
        this.texts = texts;
        this.indexer = indexer;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** An appendix of an item whose text is not extracted yet. */
    record Pending(long itemId, ItemView.AppendixView appendix) {}

    /**
     * Extracts the appendices' text after the current transaction commits (at once without one), then rebuilds the
     * meeting. A transaction that rebuilds several meetings (an import's batch) gets one job for all of them: their
     * rows in one transaction, their rebuild in one.
     */
    void afterCommit(long meetingId, List<Pending> appendices) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            executor.execute(() -> extract(Map.of(meetingId, List.copyOf(appendices))));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Long, List<Pending>> pending =
                (Map<Long, List<Pending>>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Map<Long, List<Pending>> batch = new LinkedHashMap<>();
            pending = batch;
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(() -> extract(batch));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AppendixExtraction.this);
                }
            });
        }
        pending.computeIfAbsent(meetingId, id -> new ArrayList<>()).addAll(appendices);
    }

    private void extract(Map<Long, List<Pending>> byMeeting) {
        try {
            List<AppendixText> read = new ArrayList<>();
            byMeeting
                    .values()
                    .forEach(appendices ->
                            appendices.forEach(pending -> read.add(read(pending.itemId(), pending.appendix()))));
            transaction.executeWithoutResult(status -> {
                java.util.Set<Long> existing = new java.util.HashSet<>();
                texts.findAllById(read.stream().map(AppendixText::appendixId).toList())
                        .forEach(text -> existing.add(text.appendixId()));
                for (AppendixText text : read) {
                    if (existing.add(text.appendixId())) {
                        texts.save(text);
                    }
                }
            });
            // Only meetings that gained text: an appendix without a file or text is indexed by its name already, so
            // rebuilding its meeting would write the same entries again (an import's appendices have no files).
            java.util.Set<Long> appendicesWithText = new java.util.HashSet<>();
            read.stream()
                    .filter(text -> text.text() != null && !text.text().isBlank())
                    .forEach(text -> appendicesWithText.add(text.appendixId()));
            List<Long> meetings = byMeeting.entrySet().stream()
                    .filter(entry -> entry.getValue().stream()
                            .anyMatch(p ->
                                    appendicesWithText.contains(p.appendix().id())))
                    .map(Map.Entry::getKey)
                    .toList();
            indexer.getObject().reindexMeetings(meetings);
        } catch (RuntimeException e) {
            log.warn("Appendix text of meetings {} could not be indexed: {}", byMeeting.keySet(), e.toString());
        }
    }

    private AppendixText read(long itemId, ItemView.AppendixView appendix) {
        try {
            Optional<InputStream> file = content.open(appendix.id());
            if (file.isEmpty()) {
                return new AppendixText(appendix.id(), itemId, AppendixText.Status.NO_FILE, null, clock.instant());
            }
            byte[] bytes;
            try (InputStream in = file.get()) {
                bytes = in.readAllBytes();
            }
            String text = TextExtractor.extract(bytes, appendix.contentType(), appendix.name());
            return new AppendixText(appendix.id(), itemId, AppendixText.Status.EXTRACTED, text, clock.instant());
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot read the text of appendix {} ({}): {}", appendix.id(), appendix.name(), e.toString());
            return new AppendixText(appendix.id(), itemId, AppendixText.Status.FAILED, null, clock.instant());
        }
    }

    /** Waits briefly for running extractions, so a shutting-down context does not lose a half-written row. */
    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** For tests: waits until the extractions queued so far are done. */
    void awaitIdle() throws Exception {
        executor.submit(() -> {}).get(30, TimeUnit.SECONDS);
    }
}
