package dk.punkt.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.committees.CommitteeKind;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.committees.MemberRole;
import dk.punkt.committees.NewCommittee;
import dk.punkt.committees.NewMember;
import dk.punkt.items.AppendixService;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import dk.punkt.items.NewItem;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.NewMeeting;
import dk.punkt.minutes.Correction;
import dk.punkt.minutes.DecisionService;
import dk.punkt.minutes.MinutesService;
import dk.punkt.minutes.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongSupplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An item's entry follows its decision and its appendices after the meeting is published: a decision recorded or
 * changed (searchable for staff and members until the minutes are approved, then for everyone), an appendix uploaded
 * or recorded by name. The updates run in the background, so the assertions wait for them.
 */
@SpringBootTest
class SearchUpdatesIT {

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    ItemService items;

    @Autowired
    AppendixService appendices;

    @Autowired
    DecisionService decisions;

    @Autowired
    MinutesService minutes;

    @Autowired
    AccountService accounts;

    @Autowired
    SearchService search;

    private final Random random = new Random();
    private CommitteeView committee;
    private SearchAccess member;
    private SearchAccess otherMember;

    @BeforeEach
    void committeeWithAMember() {
        committee = committees.create(new NewCommittee(
                "Opdateringsudvalget " + uniqueWord(),
                CommitteeKind.values()[0],
                "Rådhuset",
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                List.of()));
        CurrentUser employee = accounts.findByUsername("medarbejder").orElseThrow();
        committees.addMember(committee.id(), new NewMember("Medarbejder", "Medlem", MemberRole.MEMBER, employee.id()));
        member = search.accessFor(Optional.of(employee));
        otherMember = search.accessFor(accounts.findByUsername("medlem"));
    }

    @Test
    void aDecisionIsFoundByMembersWhenRecordedAndByEveryoneOnceTheMinutesAreApproved() throws Exception {
        MeetingView meeting = plan(LocalDate.of(2032, 5, 6));
        ItemView item = approve(item(meeting, "Vejbelysning på havnen", false));
        publish(meeting, item);
        String first = uniqueWord();
        decisions.record(item.id(), "<p>Udvalget besluttede " + first + ".</p>", Outcome.GODKENDT);

        assertThat(await(() -> total(first, member), 1))
                .as("recorded, for a member")
                .isEqualTo(1);
        assertThat(total(first, SearchAccess.PUBLIC))
                .as("not approved: not public")
                .isZero();
        assertThat(total(first, otherMember)).as("another committee's member").isZero();
        SearchResult.Hit hit =
                search.search(SearchQuery.of(first), member).hits().get(0);
        assertThat(hit.snippet()).contains("<mark>" + first + "</mark>");

        String edited = uniqueWord();
        decisions.record(item.id(), "<p>Udvalget besluttede i stedet " + edited + ".</p>", Outcome.GODKENDT);
        assertThat(await(() -> total(edited, member), 1)).as("edited").isEqualTo(1);
        assertThat(await(() -> total(first, member), 0))
                .as("the old text is gone")
                .isZero();

        minutes.markHeld(meeting.id());
        minutes.approve(meeting.id());
        assertThat(await(() -> total(edited, SearchAccess.PUBLIC), 1))
                .as("approved minutes: public")
                .isEqualTo(1);

        String corrected = uniqueWord();
        minutes.correct(
                meeting.id(),
                "Skrivefejl",
                List.of(new Correction(item.id(), "<p>Rettet: " + corrected + ".</p>", Outcome.GODKENDT)));
        assertThat(await(() -> total(corrected, SearchAccess.PUBLIC), 1)).isEqualTo(1);
        assertThat(await(() -> total(edited, SearchAccess.PUBLIC), 0)).isZero();
    }

    @Test
    void anAppendixAddedToAnItemOfAPublishedAgendaIsFoundWithinAccess() throws Exception {
        MeetingView meeting = plan(LocalDate.of(2032, 6, 3));
        ItemView open = approve(item(meeting, "Skolestruktur", false));
        ItemView closed = approve(item(meeting, "Personalesag om ansættelse", true));
        publish(meeting, open, closed);
        // Returned for changes after the agenda went out: a draft again, so appendices can be uploaded.
        items.returnForChanges(open.id(), "Bilag mangler");
        items.returnForChanges(closed.id(), "Bilag mangler");
        String openWord = uniqueWord();
        String closedWord = uniqueWord();
        String closedItemWord = uniqueWord();
        String namedWord = uniqueWord();
        assertThat(total(openWord, SearchAccess.PUBLIC)).isZero();

        appendices.upload(open.id(), "Notat.docx", false, docx("Bilaget handler om " + openWord + "."));
        appendices.upload(open.id(), "Tilbud.docx", true, docx("Fortroligt: " + closedWord + "."));
        appendices.upload(closed.id(), "Udtalelse.docx", false, docx("Udtalelse om " + closedItemWord + "."));
        items.addAppendix(open.id(), "Kort over " + namedWord + " (udkast).pdf", false, "application/pdf", 0);

        assertThat(await(() -> total(openWord, SearchAccess.PUBLIC), 1))
                .as("open appendix of an open item, extracted in the background")
                .isEqualTo(1);
        assertThat(await(() -> total(namedWord, SearchAccess.PUBLIC), 1))
                .as("an appendix known by name")
                .isEqualTo(1);
        assertThat(await(() -> total(closedWord, member), 1))
                .as("closed appendix, member")
                .isEqualTo(1);
        assertThat(await(() -> total(closedItemWord, member), 1))
                .as("appendix of a closed item, member")
                .isEqualTo(1);
        assertThat(total(closedWord, SearchAccess.PUBLIC)).isZero();
        assertThat(total(closedWord, otherMember)).isZero();
        assertThat(total(closedItemWord, SearchAccess.PUBLIC)).isZero();
        assertThat(total(closedItemWord, otherMember)).isZero();
    }

    private MeetingView plan(LocalDate date) {
        return meetings.plan(new NewMeeting(committee.id(), date, null, null, null, null, null));
    }

    private ItemView item(MeetingView meeting, String title, boolean closed) {
        return items.create(new NewItem(
                committee.id(),
                meeting.id(),
                title,
                null,
                ItemType.BESLUTNING,
                "Sagsbehandler",
                10,
                closed,
                List.of(new ItemView.Section("Sagsfremstilling", "<p>Sagen beskrives her.</p>")),
                new ItemView.Recommendation("Direktøren", List.of("at sagen godkendes"))));
    }

    private ItemView approve(ItemView item) {
        items.submit(item.id());
        return items.approve(item.id());
    }

    private void publish(MeetingView meeting, ItemView... agenda) {
        meetings.setAgenda(
                meeting.id(),
                java.util.Arrays.stream(agenda)
                        .map(item -> MeetingView.AgendaRow.item(item.id()))
                        .toList());
        meetings.publishAgenda(meeting.id());
    }

    private long total(String words, SearchAccess access) {
        return search.search(SearchQuery.of(words), access).total();
    }

    /** Polls until the count is what is expected (the updates run in the background), for at most 20 seconds. */
    private static long await(LongSupplier count, long expected) throws InterruptedException {
        long total = count.getAsLong();
        for (int i = 0; i < 100 && total != expected; i++) {
            Thread.sleep(200);
            total = count.getAsLong();
        }
        return total;
    }

    private String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.append("plan").toString();
    }

    private static InputStream docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }
}
