package dk.punkt.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.committees.Audience;
import dk.punkt.meetings.AgendaCorrected;
import dk.punkt.meetings.AgendaPublished;
import dk.punkt.meetings.MinutesApproved;
import dk.punkt.meetings.MinutesCorrected;
import dk.punkt.meetings.SupplementaryAgendaPublished;
import dk.punkt.publishing.internal.DocumentVersion;
import dk.punkt.publishing.internal.DocumentVersionRepository;
import dk.punkt.support.TransactionBound;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version store: every published agenda, correction, supplementary agenda and approved or corrected minutes is
 * frozen as the full meeting document and stays readable. Versions are written by listeners that run in the
 * publishing transaction just before it commits: the document then holds every change of that transaction (items
 * placed on the agenda after the event, say), and if freezing fails, the publishing fails with it, so no published
 * document is ever without its version.
 */
@Service
@Transactional(readOnly = true)
public class DocumentVersionService {

    /** Versions are frozen complete; the public cut is taken from them. */
    private static final Audience FULL = new Audience(Optional.empty(), true);

    private final DocumentVersionRepository versions;
    private final MeetingDocumentService documents;
    private final AccountService accounts;
    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    DocumentVersionService(
            DocumentVersionRepository versions,
            MeetingDocumentService documents,
            AccountService accounts,
            ObjectMapper json,
            EntityManager entityManager,
            ApplicationEventPublisher events) {
        this.versions = versions;
        this.documents = documents;
        this.accounts = accounts;
        this.json = json;
        this.entityManager = entityManager;
        this.events = events;
    }

    /** A meeting's versions, oldest first. */
    public List<DocumentVersionView> findByMeeting(long meetingId) {
        return versions.findByMeetingIdOrderByNumberAsc(meetingId).stream()
                .map(DocumentVersion::toView)
                .toList();
    }

    public Optional<DocumentVersionView> find(long meetingId, int number) {
        return versions.findByMeetingIdAndNumber(meetingId, number).map(DocumentVersion::toView);
    }

    /** The frozen document of a version as {@code audience} may see it (closed content left out for the public). */
    public Optional<MeetingDocument> document(long meetingId, int number, Audience audience) {
        return versions.findByMeetingIdAndNumber(meetingId, number)
                .map(version -> read(version.content()))
                .map(document -> audience.seesClosedContent() ? document : PublicCut.of(document));
    }

    @Transactional
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AgendaPublished event) {
        freeze(event.meetingId(), event.committeeId(), VersionKind.AGENDA, null, event.at(), null);
    }

    @Transactional
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AgendaCorrected event) {
        freeze(event.meetingId(), event.committeeId(), VersionKind.AGENDA, event.reason(), event.at(), null);
    }

    @Transactional
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SupplementaryAgendaPublished event) {
        freeze(
                event.meetingId(),
                event.committeeId(),
                VersionKind.SUPPLEMENT,
                null,
                event.at(),
                Set.copyOf(event.itemIds()));
    }

    @Transactional
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MinutesApproved event) {
        freeze(event.meetingId(), event.committeeId(), VersionKind.MINUTES, null, event.at(), null);
    }

    @Transactional
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MinutesCorrected event) {
        freeze(event.meetingId(), event.committeeId(), VersionKind.MINUTES, event.reason(), event.at(), null);
    }

    /**
     * Runs just before the publishing transaction commits, which may hold many entities (an import writes fifty
     * meetings in one transaction, each freezing its version here): every query of the assembly would dirty-check
     * all of them first (Hibernate's auto-flush), and each freeze would add its meeting to the pile. So the
     * transaction's changes are flushed once, the document is assembled without auto-flush, and what the freeze
     * loaded is forgotten afterwards (the service methods that published the event have returned; nothing holds
     * their entities any more, and search entries, the only indexed entities, are written in transactions of
     * their own).
     */
    @Transactional
    void freeze(long meetingId, long committeeId, VersionKind kind, String reason, Instant at, Set<Long> onlyItems) {
        Assembled assembled = afterOneFlush(() -> {
            Assembled ahead = TransactionBound.<Long, Assembled>existing(this, entityManager)
                    .remove(meetingId);
            if (ahead != null) {
                return ahead;
            }
            MeetingDocument document = documents
                    .forMeeting(meetingId, FULL)
                    .orElseThrow(
                            () -> new IllegalStateException("Cannot freeze a version of unknown meeting " + meetingId));
            // The label counts the earlier versions of this kind; the new number follows the highest.
            return new Assembled(document, versions.numbersOf(meetingId));
        });
        MeetingDocument full = assembled.document();
        List<DocumentVersionRepository.Numbered> earlierVersions = assembled.earlierVersions();
        MeetingDocument document = switch (kind) {
            case AGENDA -> PublicCut.asAgenda(full, null);
            case SUPPLEMENT -> PublicCut.asAgenda(full, onlyItems);
            case MINUTES -> full;
        };
        long earlier = earlierVersions.stream().filter(v -> v.kind() == kind).count();
        int highest = earlierVersions.stream()
                .mapToInt(DocumentVersionRepository.Numbered::number)
                .max()
                .orElse(0);
        String label = label(kind, reason != null, earlier + 1);
        String by = accounts.current().map(CurrentUser::username).orElse("system");
        versions.saveAndFlush(
                new DocumentVersion(meetingId, committeeId, highest + 1, kind, label, reason, at, by, write(document)));
        entityManager.clear();
        // Search would assemble the same document again after the commit (an import's meetings): hand it along.
        events.publishEvent(new DocumentFrozen(meetingId, committeeId, full));
    }

    /**
     * Assembles, all together, the documents of meetings whose versions this transaction is about to freeze, from the
     * items and decisions the caller wrote ({@link MeetingDocumentService#forWritten}) and one query per other kind
     * of data for all of them, instead of about ten per meeting. Only for a caller that changes none of these
     * meetings any more in this transaction (the import, at the end of its batch), as each freeze then takes the
     * document assembled here instead of assembling its own just before the commit.
     */
    @Transactional
    public void assembleAhead(Collection<WrittenMeeting> written) {
        if (written.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Map<Long, Assembled> assembled = afterOneFlush(() -> {
            Map<Long, MeetingDocument> read = documents.forWritten(written, FULL);
            Map<Long, List<DocumentVersionRepository.Numbered>> earlier = new HashMap<>();
            for (DocumentVersionRepository.MeetingNumbered v : versions.numbersOfMeetings(read.keySet())) {
                earlier.computeIfAbsent(v.meetingId(), id -> new ArrayList<>())
                        .add(new DocumentVersionRepository.Numbered(v.kind(), v.number()));
            }
            Map<Long, Assembled> both = new HashMap<>();
            read.forEach((id, document) -> both.put(id, new Assembled(document, earlier.getOrDefault(id, List.of()))));
            return both;
        });
        entityManager.clear();
        TransactionBound.<Long, Assembled>map(this, entityManager).putAll(assembled);
    }

    /**
     * Flushes the transaction's changes once, then runs {@code read} without Hibernate's auto-flush (which would
     * dirty-check the whole, possibly large, persistence context before each of its queries).
     */
    private <T> T afterOneFlush(Supplier<T> read) {
        entityManager.flush();
        Session session = entityManager.unwrap(Session.class);
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        try {
            return read.get();
        } finally {
            session.setHibernateFlushMode(flushMode);
        }
    }

    /** A document assembled ahead, with the meeting's versions at that time (only its own freeze adds one). */
    private record Assembled(MeetingDocument document, List<DocumentVersionRepository.Numbered> earlierVersions) {}

    /** "Dagsorden", "Rettelse 1 til dagsorden", "Tillægsdagsorden 2", "Referat", "Rettelse 1 til referat". */
    static String label(VersionKind kind, boolean correction, long ordinal) {
        return switch (kind) {
            case AGENDA -> correction ? "Rettelse " + (ordinal - 1) + " til dagsorden" : "Dagsorden";
            case SUPPLEMENT -> ordinal == 1 ? "Tillægsdagsorden" : "Tillægsdagsorden " + ordinal;
            case MINUTES -> correction ? "Rettelse " + (ordinal - 1) + " til referat" : "Referat";
        };
    }

    private String write(MeetingDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write meeting document " + document.id() + " as JSON", e);
        }
    }

    private MeetingDocument read(String content) {
        try {
            return json.readValue(content, MeetingDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A frozen document version cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
