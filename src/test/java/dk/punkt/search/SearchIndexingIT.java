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
import dk.punkt.search.internal.ReindexJob;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A committee of its own with an open and a closed item and an open and a closed appendix: publishing the agenda
 * indexes it (appendix text extracted in the background), access decides what is found, and a full rebuild keeps it.
 */
@SpringBootTest
class SearchIndexingIT {

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    ItemService items;

    @Autowired
    AppendixService appendices;

    @Autowired
    AccountService accounts;

    @Autowired
    SearchService search;

    @Autowired
    ReindexJob reindex;

    private final Random random = new Random();

    /** A word that occurs nowhere else (letters only, so no tokenizer or stemmer splits it unpredictably). */
    private String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.append("plan").toString();
    }

    private long totalFor(String words, SearchAccess access) {
        return search.search(SearchQuery.of(words), access).total();
    }

    private long awaitHits(String words, SearchAccess access) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            long total = totalFor(words, access);
            if (total > 0) {
                return total;
            }
            Thread.sleep(200);
        }
        return 0;
    }

    @Test
    void publishingIndexesTextAndAppendicesWithinAccess() throws Exception {
        String openWord = uniqueWord();
        String closedItemWord = uniqueWord();
        String openAppendixWord = uniqueWord();
        String closedAppendixWord = uniqueWord();
        CommitteeView committee = committees.create(new NewCommittee(
                "Søgeudvalget " + uniqueWord(),
                CommitteeKind.values()[0],
                "Rådhuset",
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                List.of()));
        CurrentUser employee = accounts.findByUsername("medarbejder").orElseThrow();
        committees.addMember(committee.id(), new NewMember("Medarbejder", "Medlem", MemberRole.MEMBER, employee.id()));
        MeetingView meeting =
                meetings.plan(new NewMeeting(committee.id(), LocalDate.of(2031, 3, 6), null, null, null, null, null));
        ItemView open = draft(committee, meeting, "Skybrudsplan for bymidten", "13.00.00-P20-1-31", false, openWord);
        ItemView closed =
                draft(committee, meeting, "Personalesag om vikarer", "81.00.00-P22-9-31", true, closedItemWord);
        // Uploaded like any appendix: stored by the items module, read back through its public service.
        appendices.upload(
                open.id(),
                "Notat om kloakker.docx",
                false,
                docx("Bilagstekst om " + openAppendixWord + " og regnvand."));
        appendices.upload(
                open.id(), "Fortroligt tilbud.docx", true, docx("Fortrolig pris: " + closedAppendixWord + "."));
        open = approve(open);
        closed = approve(closed);
        meetings.setAgenda(
                meeting.id(), List.of(MeetingView.AgendaRow.item(open.id()), MeetingView.AgendaRow.item(closed.id())));
        items.placeOnAgenda(open.id(), meeting.id());
        items.placeOnAgenda(closed.id(), meeting.id());
        meetings.publishAgenda(meeting.id());

        SearchAccess employeeAccess = search.accessFor(Optional.of(employee));
        SearchAccess otherMember = search.accessFor(accounts.findByUsername("medlem"));

        assertThat(totalFor(openWord, SearchAccess.PUBLIC)).isEqualTo(1);
        assertThat(awaitHits(openAppendixWord, SearchAccess.PUBLIC))
                .as("open appendix text, extracted in the background")
                .isEqualTo(1);
        assertThat(awaitHits(closedAppendixWord, employeeAccess)).isEqualTo(1);
        assertThat(totalFor(closedAppendixWord, SearchAccess.PUBLIC)).isZero();
        assertThat(totalFor(closedAppendixWord, otherMember)).isZero();
        assertThat(totalFor(closedItemWord, SearchAccess.PUBLIC)).isZero();
        assertThat(totalFor(closedItemWord, otherMember)).isZero();
        assertThat(totalFor(closedItemWord, employeeAccess)).isEqualTo(1);
        assertThat(totalFor("vikarer", SearchAccess.PUBLIC))
                .as("a closed item's title is public")
                .isPositive();

        SearchResult.Hit hit = search.search(SearchQuery.of(openAppendixWord), SearchAccess.PUBLIC)
                .hits()
                .get(0);
        assertThat(hit.snippet()).contains("<mark>" + openAppendixWord + "</mark>");
        assertThat(hit.committee()).isEqualTo(committee.name());
        assertThat(hit.date()).isEqualTo(LocalDate.of(2031, 3, 6));

        SearchQuery byKle = new SearchQuery("", committee.id(), null, null, null, "13.00", SearchQuery.Sort.DATE, 1);
        assertThat(search.search(byKle, SearchAccess.PUBLIC).hits())
                .extracting(SearchResult.Hit::itemId)
                .containsExactly(open.id());
        SearchResult facets =
                search.search(new SearchQuery("", committee.id(), null, null, null, null, null, 1), employeeAccess);
        assertThat(facets.total()).isEqualTo(2);
        assertThat(facets.facets().years())
                .extracting(SearchResult.FacetValue::key)
                .containsExactly("2031");
        assertThat(facets.facets().caseGroups())
                .extracting(SearchResult.FacetValue::key)
                .containsExactlyInAnyOrder("13.00", "81.00");

        assertThat(reindex.run(progress -> {})).isTrue();
        assertThat(totalFor(openWord, SearchAccess.PUBLIC)).isEqualTo(1);
        assertThat(totalFor(closedAppendixWord, employeeAccess)).isEqualTo(1);
        assertThat(totalFor(closedAppendixWord, SearchAccess.PUBLIC)).isZero();

        assertThat(reindex.run(true, progress -> {})).as("the mass indexer").isTrue();
        assertThat(totalFor(openWord, SearchAccess.PUBLIC)).isEqualTo(1);
        assertThat(totalFor(closedItemWord, employeeAccess)).isEqualTo(1);
        assertThat(reindex.progress().phase()).isEqualTo("done");
    }

    private ItemView draft(
            CommitteeView committee,
            MeetingView meeting,
            String title,
            String caseNumber,
            boolean closed,
            String word) {
        ItemView item = items.create(new NewItem(
                committee.id(),
                meeting.id(),
                title,
                caseNumber,
                ItemType.BESLUTNING,
                "Sagsbehandler",
                10,
                closed,
                List.of(new ItemView.Section("Sagsfremstilling", "<p>Sagen handler om " + word + " i kommunen.</p>")),
                new ItemView.Recommendation("Direktøren", List.of("at sagen godkendes"))));
        return item;
    }

    private ItemView approve(ItemView item) {
        items.submit(item.id());
        return items.approve(item.id());
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
