package dk.punkt.demo;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.DemoAccounts;
import dk.punkt.committees.CommitteeKind;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.committees.MemberRole;
import dk.punkt.committees.NewCommittee;
import dk.punkt.committees.NewMember;
import dk.punkt.imports.ImportService;
import dk.punkt.imports.MinutesTextParser;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import dk.punkt.items.NewItem;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.NewMeeting;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.search.SearchIndexer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo on the first start with an empty database (unless {@code punkt.demo=false}): Chefforum as in the
 * corpus, its minutes of 2019, 2024 and 2025, and two coming meetings, so a newcomer sees every meeting state.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    static final String COMMITTEE = "Chefforum";

    /**
     * The corpus minutes (copies of ../shared/corpus) with the state each demo meeting is left in; the importer reads
     * them exactly as it reads any municipality's files.
     */
    private static final Map<String, MeetingState> CORPUS = new TreeMap<>(Map.of(
            "demo/corpus/chefforum-2019-10-24.txt", MeetingState.REFERAT_GODKENDT,
            "demo/corpus/chefforum-2024-06-06.txt", MeetingState.REFERAT_GODKENDT,
            "demo/corpus/chefforum-2025-02-12.txt", MeetingState.AFHOLDT));

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final boolean enabled;
    private final DemoAccounts demoAccounts;
    private final AccountService accounts;
    private final CommitteeService committees;
    private final MeetingService meetings;
    private final ItemService items;
    private final ImportService importer;
    private final TransactionTemplate transaction;
    private final SearchIndexer search;
    private final Clock clock;
    private final MinutesTextParser parser = new MinutesTextParser();

    DemoDataLoader(
            @Value("${punkt.demo:true}") boolean enabled,
            DemoAccounts demoAccounts,
            AccountService accounts,
            CommitteeService committees,
            MeetingService meetings,
            ItemService items,
            ImportService importer,
            TransactionTemplate transaction,
            SearchIndexer search,
            Clock clock) {
        this.enabled = enabled;
        this.demoAccounts = demoAccounts;
        this.accounts = accounts;
        this.committees = committees;
        this.meetings = meetings;
        this.items = items;
        this.importer = importer;
        this.transaction = transaction;
        this.search = search;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !committees.findAll().isEmpty()) {
            return;
        }
        // One transaction: the demo is there entirely or not at all. Its meetings are indexed before this returns,
        // as an import's are, so a search right after the start-up already finds them.
        search.rebuildingOnceAfter(() -> {
            transaction.executeWithoutResult(status -> seed());
            return null;
        });
        log.info("Demodata er indlæst: {} med møder fra referaterne i 2019, 2024 og 2025", COMMITTEE);
    }

    private void seed() {
        demoAccounts.createMissing();
        CommitteeView chefforum = createChefforum();
        // In date order, so the meetings get their ids in the order they were held.
        CORPUS.forEach((resource, finalState) ->
                importer.createMeeting(resource, read(resource), finalState == MeetingState.REFERAT_GODKENDT));
        planComingMeetings(chefforum);
    }

    private CommitteeView createChefforum() {
        CommitteeView committee = committees.create(new NewCommittee(
                COMMITTEE,
                CommitteeKind.MANAGEMENT_FORUM,
                "Mødelokale 915",
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                List.of(
                        new CommitteeView.StandingItem(
                                CommitteeView.Placement.FIRST, "Godkendelse af dagsorden og referat", 0),
                        new CommitteeView.StandingItem(
                                CommitteeView.Placement.LAST, "Temaer til kommende møder og eventuelt", 10))));
        // Members and titles as in the minutes of 12 February 2025 (Mødedeltagere).
        member(committee, "Henrik Harder", "Kommunaldirektør", MemberRole.CHAIR, "indstiller");
        member(committee, "Kristine Klæbel", "Direktør By, Kultur, Miljø & Beskæftigelse", MemberRole.MEMBER, null);
        member(committee, "Lise Valentin Bayer", "Direktør Børn, Sundhed & Velfærd", MemberRole.MEMBER, null);
        member(committee, "Marie Aasøe", "Afdelingschef for Økonomi & Stab", MemberRole.MEMBER, "medlem");
        member(committee, "Dorthe Espenhein", "Afdelingschef Borger, Arbejdsmarked & Erhverv", MemberRole.MEMBER, null);
        member(committee, "Marie Brøchner Jespersen", "Afdelingschef Miljø & Teknik", MemberRole.MEMBER, null);
        member(committee, "René Birkemark Olesen", "Afdelingschef Kultur, Fritid & Ejendomme", MemberRole.MEMBER, null);
        member(committee, "Tine Buch Juhl", "Afdelingschef Børn & Familie", MemberRole.MEMBER, null);
        member(committee, "Tanja Thor Møller", "Afdelingschef Ældre, Sundhed & Social", MemberRole.MEMBER, null);
        member(committee, "Sara Holm", "Udvalgssekretær", MemberRole.SECRETARY, "sekretaer");
        return committees.find(committee.id()).orElseThrow();
    }

    private void member(CommitteeView committee, String name, String title, MemberRole role, String username) {
        Long userId = username == null
                ? null
                : accounts.findByUsername(username).map(CurrentUser::id).orElse(null);
        // Demo users get an address on the reserved example domain, so the outbox shows what members would receive.
        String email = username == null ? null : username + "@punkt.example";
        committees.addMember(committee.id(), new NewMember(name, title, role, userId, email));
    }

    private MeetingDocument read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return parser.parse(resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo document " + resource, e);
        }
    }

    /**
     * Two coming meetings: one with its agenda published (with a follow-up the 2024 minutes asked for, and a closed
     * item so the public version shows what it leaves out), and one only planned.
     */
    private void planComingMeetings(CommitteeView committee) {
        LocalDate today = LocalDate.now(clock);
        LocalDate next = today.plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        MeetingView published = meetings.plan(new NewMeeting(committee.id(), next, null, null, null, null, null));
        List<Long> ids = new ArrayList<>();
        ids.add(comingItem(
                        committee,
                        published,
                        "CF - Godkendelse af dagsorden og referat",
                        "00.01.00-P35-7-23",
                        ItemType.ORIENTERING,
                        10,
                        false,
                        "<p>Godkendelse af dagsorden og referat.</p>",
                        List.of("at dagsordenen godkendes", "at referat fra sidste møde godkendes"))
                .id());
        ids.add(comingItem(
                        committee,
                        published,
                        "CF - Erfaringer med tidsregistrering",
                        "81.10.00-A26-1-24",
                        ItemType.DROEFTELSE,
                        30,
                        false,
                        "<p>Chefforum besluttede den 6. juni 2024, at erfaringer med tidsregistrering, graden af"
                                + " understøttelse for de forskellige systemer og principper for tidsregistrering"
                                + " skal drøftes på et kommende Chefforum.</p>",
                        List.of("at Chefforum drøfter erfaringerne med tidsregistrering"))
                .id());
        ids.add(comingItem(
                        committee,
                        published,
                        "CF - Personalesag (lukket punkt)",
                        "81.00.00-P22-2-24",
                        ItemType.BESLUTNING,
                        15,
                        true,
                        "<p>Demoindhold: et lukket punkt, som kun udvalgets medlemmer kan læse."
                                + " Offentligheden ser kun nummer, titel og sagsnummer.</p>",
                        List.of("at Chefforum træffer beslutning i sagen"))
                .id());
        ids.add(comingItem(
                        committee,
                        published,
                        "CF - Temaer til kommende møder og eventuelt",
                        "00.01.00-P35-7-23",
                        ItemType.ORIENTERING,
                        10,
                        false,
                        "<p>Temaer til kommende møder.</p>",
                        List.of("at punktet drøftes"))
                .id());
        List<MeetingView.AgendaRow> rows = new ArrayList<>();
        ids.forEach(id -> rows.add(MeetingView.AgendaRow.item(id)));
        rows.add(2, MeetingView.AgendaRow.pause(5));
        meetings.setAgenda(published.id(), rows);
        ids.forEach(id -> items.placeOnAgenda(id, published.id()));
        meetings.publishAgenda(published.id());

        meetings.plan(new NewMeeting(committee.id(), next.plusWeeks(4), null, null, null, null, null));
    }

    private ItemView comingItem(
            CommitteeView committee,
            MeetingView meeting,
            String title,
            String caseNumber,
            ItemType type,
            int minutes,
            boolean closed,
            String sagsfremstilling,
            List<String> clauses) {
        ItemView item = items.create(new NewItem(
                committee.id(),
                meeting.id(),
                title,
                caseNumber,
                type,
                "Henrik",
                minutes,
                closed,
                List.of(new ItemView.Section("Sagsfremstilling", sagsfremstilling)),
                new ItemView.Recommendation("Kommunaldirektøren", clauses)));
        items.submit(item.id());
        return items.approve(item.id());
    }
}
