package dk.punkt.items;

import dk.punkt.accounts.AccountService;
import dk.punkt.committees.CommitteeKind;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.committees.CommitteeView.Placement;
import dk.punkt.committees.CommitteeView.StandingItem;
import dk.punkt.committees.MemberRole;
import dk.punkt.committees.NewCommittee;
import dk.punkt.committees.NewMember;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.NewMeeting;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Test data for agenda tests: a committee with standing items and members, meetings and approved items. */
public record AgendaFixtures(
        CommitteeService committees, MeetingService meetings, ItemService items, AccountService accounts) {

    /** A committee 9:00–12:00 with the corpus' standing items; "sekretaer" and "medlem" sit in it. */
    public CommitteeView committee(String prefix, String memberEmail) {
        CommitteeView c = committees.create(new NewCommittee(
                prefix + " " + UUID.randomUUID().toString().substring(0, 8),
                CommitteeKind.MANAGEMENT_FORUM,
                "915",
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                List.of(
                        new StandingItem(Placement.FIRST, "Godkendelse af dagsorden og referat", 0),
                        new StandingItem(Placement.LAST, "Temaer til kommende møder og eventuelt", 10))));
        committees.addMember(c.id(), new NewMember("Henrik Harder", "Kommunaldirektør", MemberRole.CHAIR, null));
        committees.addMember(
                c.id(),
                new NewMember(
                        "Marie Aasøe",
                        "Afdelingschef",
                        MemberRole.MEMBER,
                        accounts.findByUsername("medlem").orElseThrow().id(),
                        memberEmail));
        committees.addMember(
                c.id(),
                new NewMember(
                        "Sara Holm",
                        "Udvalgssekretær",
                        MemberRole.SECRETARY,
                        accounts.findByUsername("sekretaer").orElseThrow().id(),
                        null));
        return committees.find(c.id()).orElseThrow();
    }

    public MeetingView meeting(CommitteeView c, LocalDate date) {
        return meetings.plan(new NewMeeting(c.id(), date, null, null, null, null, null));
    }

    /** An item through the whole approval: created, submitted, approved. */
    public ItemView approved(CommitteeView c, String title, int minutes, boolean closed) {
        ItemView item = draft(c, title, minutes, closed);
        items.submit(item.id());
        return items.approve(item.id());
    }

    public ItemView draft(CommitteeView c, String title, int minutes, boolean closed) {
        return items.create(new NewItem(
                c.id(),
                null,
                title,
                "00.01.00-P35-7-23",
                ItemType.ORIENTERING,
                "Henrik",
                minutes,
                closed,
                List.of(new ItemView.Section(
                        "Sagsfremstilling", "<p>" + (closed ? "Fortroligt: " : "") + "Tekst om " + title + "</p>")),
                new ItemView.Recommendation("Kommunaldirektøren", List.of("at orienteringen tages til efterretning"))));
    }
}
