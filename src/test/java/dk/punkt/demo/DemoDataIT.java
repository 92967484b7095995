package dk.punkt.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.committees.CommitteeKind;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.items.NewItem;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.Timetable;
import dk.punkt.meetings.TimetableRow;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo a newcomer sees: the real Chefforum, its corpus minutes and meetings in every state. */
@SpringBootTest
class DemoDataIT {

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    ItemService items;

    @Autowired
    DemoDataLoader loader;

    private CommitteeView chefforum() {
        return committees.findByName("Chefforum").orElseThrow();
    }

    private MeetingView meetingOn(LocalDate date) {
        return meetings.findByCommittee(chefforum().id()).stream()
                .filter(m -> m.date().equals(date))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void chefforumHasTheMembersAndTitlesOfTheCorpus() {
        CommitteeView chefforum = chefforum();

        assertThat(chefforum.kind()).isEqualTo(CommitteeKind.MANAGEMENT_FORUM);
        assertThat(chefforum.members())
                .extracting(CommitteeView.MemberView::name, CommitteeView.MemberView::title)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Henrik Harder", "Kommunaldirektør"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Tanja Thor Møller", "Afdelingschef Ældre, Sundhed & Social"));
        assertThat(chefforum.standingItems())
                .extracting(CommitteeView.StandingItem::title)
                .containsExactly("Godkendelse af dagsorden og referat", "Temaer til kommende møder og eventuelt");
    }

    @Test
    void meetingsAreInEveryState() {
        Map<MeetingState, Long> states = meetings.findByCommittee(chefforum().id()).stream()
                .collect(Collectors.groupingBy(MeetingView::state, Collectors.counting()));

        assertThat(states)
                .containsEntry(MeetingState.REFERAT_GODKENDT, 2L)
                .containsEntry(MeetingState.AFHOLDT, 1L)
                .containsEntry(MeetingState.DAGSORDEN_UDSENDT, 1L)
                .containsEntry(MeetingState.PLANLAGT, 1L);
    }

    @Test
    void theJuneMinutesKeepTheirItemsAndTimetable() {
        MeetingView june = meetingOn(LocalDate.of(2024, 6, 6));
        List<ItemView> juneItems = items.findAll(june.agenda().stream()
                .filter(row -> !row.isPause())
                .map(MeetingView.AgendaRow::itemId)
                .toList());

        assertThat(juneItems).hasSize(9);
        assertThat(juneItems.get(3).title()).isEqualTo("CF - Implementering af lov om tidsregistrering");
        assertThat(juneItems.get(3).caseNumber()).isEqualTo("81.10.00-A26-1-24");
        Map<Long, Integer> minutes =
                juneItems.stream().collect(Collectors.toMap(ItemView::id, i -> i.minutes() == null ? 0 : i.minutes()));
        List<TimetableRow> timetable = Timetable.compute(june.startTime(), june.agenda(), minutes::get);
        assertThat(timetable).hasSize(11);
        assertThat(timetable.get(timetable.size() - 1).end()).isEqualTo(LocalTime.of(12, 0));
    }

    @Test
    void headingsOutsideTheTemplateAreKeptFromDocumentsButRefusedWhenWriting() {
        MeetingView february = meetingOn(LocalDate.of(2025, 2, 12));
        ItemView mus = items.findByMeeting(february.id()).stream()
                .filter(item -> item.title().startsWith("Beslutning om MUS"))
                .findFirst()
                .orElseThrow();
        assertThat(mus.sections()).extracting(ItemView.Section::name).contains("Indsamling af erfaringer");

        NewItem withOwnHeading = new NewItem(
                chefforum().id(),
                null,
                "Punkt med egen overskrift",
                null,
                null,
                null,
                null,
                false,
                List.of(new ItemView.Section("Indsamling af erfaringer", "<p>x</p>")),
                null);
        assertThatThrownBy(() -> items.create(withOwnHeading))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown section 'Indsamling af erfaringer'");
    }

    @Test
    void theDemoIsLoadedOnlyIntoAnEmptyDatabase() throws Exception {
        int before = meetings.findByCommittee(chefforum().id()).size();

        loader.run(new DefaultApplicationArguments());

        assertThat(committees.findAll())
                .filteredOn(c -> c.name().equals("Chefforum"))
                .hasSize(1);
        assertThat(meetings.findByCommittee(chefforum().id())).hasSize(before);
    }
}
