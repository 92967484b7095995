package dk.punkt.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.cases.CaseFileService;
import dk.punkt.cases.CaseNumber;
import dk.punkt.cases.InvalidCaseNumberException;
import dk.punkt.items.internal.AgendaItem;
import dk.punkt.items.internal.AgendaItemRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class ItemServiceIT {

    /** Ids far from demo data's, unique per run, so tests never meet each other's items. */
    private static final AtomicLong NEXT_ID =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L));

    @Autowired
    ItemService items;

    @Autowired
    CaseFileService caseFiles;

    @Autowired
    AgendaItemRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private static long uniqueId() {
        return NEXT_ID.incrementAndGet();
    }

    /** A case number nobody else uses: a serial from the random id range. */
    private static String uniqueCaseNumber() {
        return "00.01.00-P35-" + (uniqueId() % 999_999 + 1) + "-24";
    }

    private static NewItem item(long committeeId, String title, String caseNumber, List<ItemView.Section> sections) {
        return new NewItem(
                committeeId,
                null,
                title,
                caseNumber,
                ItemType.BESLUTNING,
                "Kommunaldirektør",
                15,
                false,
                sections,
                new ItemView.Recommendation(
                        "Kommunaldirektøren indstiller,", List.of("at budgettet godkendes", "at sagen følges op")));
    }

    @Test
    void createsWithSectionsAndRecommendation() {
        long committeeId = uniqueId();
        String caseNumber = uniqueCaseNumber();
        ItemView created = items.create(item(
                committeeId,
                "  Budgetopfølgning " + committeeId + "  ",
                caseNumber,
                List.of(
                        new ItemView.Section(SectionNames.RESUME, "<p>Kort</p><script>alert(1)</script>"),
                        new ItemView.Section(SectionNames.SAGSFREMSTILLING, "<p onclick=\"x()\">Lang</p>"),
                        new ItemView.Section(SectionNames.INDSTILLING, null))));

        assertThat(created.id()).isPositive();
        assertThat(created.state()).isEqualTo(ItemState.KLADDE);
        assertThat(created.title()).isEqualTo("Budgetopfølgning " + committeeId);
        assertThat(created.caseNumber()).isEqualTo(caseNumber);

        ItemView found = items.find(created.id()).orElseThrow();
        assertThat(found.committeeId()).isEqualTo(committeeId);
        assertThat(found.meetingId()).isNull();
        assertThat(found.type()).isEqualTo(ItemType.BESLUTNING);
        assertThat(found.responsible()).isEqualTo("Kommunaldirektør");
        assertThat(found.minutes()).isEqualTo(15);
        assertThat(found.sections())
                .containsExactly(
                        new ItemView.Section(SectionNames.RESUME, "<p>Kort</p>"),
                        new ItemView.Section(SectionNames.SAGSFREMSTILLING, "<p>Lang</p>"),
                        new ItemView.Section(SectionNames.INDSTILLING, ""));
        assertThat(found.recommendation().by()).isEqualTo("Kommunaldirektøren indstiller,");
        assertThat(found.recommendation().clauses()).containsExactly("at budgettet godkendes", "at sagen følges op");
        assertThat(found.appendices()).isEmpty();

        assertThat(caseFiles.find(CaseNumber.parse(caseNumber)))
                .get()
                .satisfies(c -> assertThat(c.title()).isEqualTo("Budgetopfølgning " + committeeId));
    }

    @Test
    void badCaseNumberNamesThePartAndWritesNothing() {
        long committeeId = uniqueId();
        assertThatThrownBy(() -> items.create(item(committeeId, "Forkert sag", "00.01.00-35P-7-23", List.of())))
                .isInstanceOfSatisfying(InvalidCaseNumberException.class, e -> {
                    assertThat(e.part()).isEqualTo(InvalidCaseNumberException.Part.FACET);
                    assertThat(e.getMessage()).contains("35P");
                });
        assertThat(repository.countByCommitteeId(committeeId)).isZero();
    }

    @Test
    void unknownSectionIsRefusedAndNothingWritten() {
        long committeeId = uniqueId();
        String caseNumber = uniqueCaseNumber();
        assertThatThrownBy(() -> items.create(item(
                        committeeId,
                        "Ukendt afsnit",
                        caseNumber,
                        List.of(
                                new ItemView.Section(SectionNames.RESUME, "ok"),
                                new ItemView.Section("Hemmeligt afsnit", "nej")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Hemmeligt afsnit");
        assertThat(repository.countByCommitteeId(committeeId)).isZero();
        assertThat(items.findByCaseNumber(CaseNumber.parse(caseNumber))).isEmpty();
        assertThat(caseFiles.find(CaseNumber.parse(caseNumber))).isEmpty();
    }

    @Test
    void refusesBadTitleAndMinutes() {
        long committeeId = uniqueId();
        assertThatThrownBy(() -> items.create(item(committeeId, "  ", null, List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> items.create(item(committeeId, "x".repeat(301), null, List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title")
                .hasMessageContaining("300");
        NewItem negative =
                new NewItem(committeeId, null, "Negativ tid", null, ItemType.ORIENTERING, null, -5, false, null, null);
        assertThatThrownBy(() -> items.create(negative))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minutes")
                .hasMessageContaining("-5");
        assertThat(items.create(item(committeeId, "x".repeat(300), null, null)).title())
                .hasSize(300);
    }

    @Test
    void fullLifecycleAndBacklog() {
        long committeeId = uniqueId();
        long meetingId = uniqueId();
        ItemView item = items.create(item(committeeId, "Livscyklus", null, List.of()));

        assertThat(items.submit(item.id()).state()).isEqualTo(ItemState.TIL_GODKENDELSE);
        assertThat(items.findBacklog(committeeId)).isEmpty();
        ItemView approved = items.approve(item.id());
        assertThat(approved.state()).isEqualTo(ItemState.GODKENDT);
        assertThat(items.findBacklog(committeeId)).extracting(ItemView::id).containsExactly(item.id());

        ItemView placed = items.placeOnAgenda(item.id(), meetingId);
        assertThat(placed.state()).isEqualTo(ItemState.PÅ_DAGSORDEN);
        assertThat(placed.meetingId()).isEqualTo(meetingId);
        assertThat(placed.version()).isGreaterThan(approved.version());
        assertThat(items.findBacklog(committeeId)).isEmpty();
        assertThat(items.findByMeeting(meetingId)).extracting(ItemView::id).containsExactly(item.id());

        assertThat(items.markTreated(item.id()).state()).isEqualTo(ItemState.BEHANDLET);
        assertThatThrownBy(() -> items.withdraw(item.id())).isInstanceOf(ItemStateException.class);
    }

    @Test
    void postponeReturnForChangesAndWithdraw() {
        long committeeId = uniqueId();
        ItemView a = items.create(item(committeeId, "Udsættes", null, List.of()));
        items.submit(a.id());
        items.approve(a.id());
        items.placeOnAgenda(a.id(), uniqueId());
        assertThat(items.postpone(a.id()).state()).isEqualTo(ItemState.UDSAT);
        assertThat(items.findBacklog(committeeId)).extracting(ItemView::id).containsExactly(a.id());

        ItemView b = items.create(item(committeeId, "Sendes retur", null, List.of()));
        items.submit(b.id());
        assertThat(items.returnForChanges(b.id(), "Mangler økonomi").state()).isEqualTo(ItemState.KLADDE);
        assertThat(items.withdraw(b.id()).state()).isEqualTo(ItemState.TRUKKET);
    }

    @Test
    void approveFromDraftIsRefused() {
        ItemView item = items.create(item(uniqueId(), "Ikke klar", null, List.of()));
        assertThatThrownBy(() -> items.approve(item.id()))
                .isInstanceOfSatisfying(ItemStateException.class, e -> {
                    assertThat(e.itemId()).isEqualTo(item.id());
                    assertThat(e.current()).isEqualTo(ItemState.KLADDE);
                    assertThat(e.wanted()).isEqualTo(ItemState.GODKENDT);
                })
                .hasMessageContaining("KLADDE")
                .hasMessageContaining("GODKENDT");
        assertThat(items.find(item.id()).orElseThrow().state()).isEqualTo(ItemState.KLADDE);
    }

    @Test
    void unknownItemIsNamed() {
        assertThatThrownBy(() -> items.submit(-4711))
                .isInstanceOf(ItemNotFoundException.class)
                .hasMessageContaining("-4711");
        assertThat(items.find(-4711)).isEmpty();
    }

    @Test
    void findByCaseNumberAcrossItems() {
        String caseNumber = uniqueCaseNumber();
        ItemView first = items.create(item(uniqueId(), "Første møde", caseNumber, List.of()));
        items.create(item(uniqueId(), "Anden sag", uniqueCaseNumber(), List.of()));
        ItemView second = items.create(item(uniqueId(), "Andet møde", " " + caseNumber.toLowerCase() + " ", null));

        assertThat(items.findByCaseNumber(CaseNumber.parse(caseNumber)))
                .extracting(ItemView::id)
                .containsExactly(first.id(), second.id());
        // The register keeps the first title.
        assertThat(caseFiles.find(CaseNumber.parse(caseNumber)).orElseThrow().title())
                .isEqualTo("Første møde");
    }

    @Test
    void findAllKeepsTheOrderGiven() {
        long committeeId = uniqueId();
        ItemView a = items.create(item(committeeId, "A", null, null));
        ItemView b = items.create(item(committeeId, "B", null, null));
        assertThat(items.findAll(List.of(b.id(), -1L, a.id())))
                .extracting(ItemView::id)
                .containsExactly(b.id(), a.id());
        assertThat(items.findAll(List.of())).isEmpty();
    }

    @Test
    void appendicesAreAdded() {
        ItemView item = items.create(item(uniqueId(), "Med bilag", null, null));
        ItemView.AppendixView first = items.addAppendix(item.id(), "Budget.xlsx", false, "application/xlsx", 1234);
        ItemView.AppendixView second = items.addAppendix(item.id(), "Fortroligt.pdf", true, "application/pdf", 99);

        assertThat(first.id()).isPositive();
        assertThat(items.find(item.id()).orElseThrow().appendices()).containsExactly(first, second);
        assertThat(second.closed()).isTrue();
        assertThatThrownBy(() -> items.addAppendix(item.id(), " ", false, null, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appendix name");
    }

    @Test
    void staleVersionIsRefused() {
        ItemView created = items.create(item(uniqueId(), "Samtidig ændring", null, null));
        AgendaItem stale = repository.findById(created.id()).orElseThrow();

        items.submit(created.id());

        stale.retitle("Forældet titel");
        assertThatThrownBy(() -> repository.save(stale)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(items.find(created.id()).orElseThrow().title()).isEqualTo("Samtidig ændring");
    }

    @Test
    void historyIsAudited() {
        ItemView created = items.create(item(uniqueId(), "Revideret", null, List.of()));
        items.submit(created.id());
        items.approve(created.id());

        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            List<Number> revisions = AuditReaderFactory.get(em).getRevisions(AgendaItem.class, created.id());
            assertThat(revisions).hasSize(3);
            AgendaItem first = AuditReaderFactory.get(em).find(AgendaItem.class, created.id(), revisions.get(0));
            assertThat(first.state()).isEqualTo(ItemState.KLADDE);
        } finally {
            em.close();
        }
    }
}
