package dk.punkt.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.committees.CommitteeView.MemberView;
import dk.punkt.committees.CommitteeView.Placement;
import dk.punkt.committees.CommitteeView.StandingItem;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CommitteeServiceIT {

    @Autowired
    CommitteeService committees;

    private static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    private static long uniqueUserId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    private CommitteeView create(String name) {
        return committees.create(new NewCommittee(
                name,
                CommitteeKind.MANAGEMENT_FORUM,
                "Mødelokale 1, Rådhuset",
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                List.of(
                        new StandingItem(Placement.FIRST, "Godkendelse af dagsorden og referat", 5),
                        new StandingItem(Placement.LAST, "Temaer til kommende møder og eventuelt", 10))));
    }

    @Test
    void createsACommitteeWithStandingItemsAndMembersInOrder() {
        String name = uniqueName("Chefforum");
        CommitteeView created = create(name);
        long chairUser = uniqueUserId();

        MemberView chair = committees.addMember(
                created.id(), new NewMember("Henrik Harder", "Kommunaldirektør", MemberRole.CHAIR, chairUser));
        committees.addMember(created.id(), new NewMember("Marie Andersen", "Direktør", MemberRole.MEMBER, null));
        committees.addMember(created.id(), new NewMember(" Rikke Hansen ", "Direktør", MemberRole.SECRETARY, null));

        assertThat(chair.id()).isPositive();
        CommitteeView found = committees.find(created.id()).orElseThrow();
        assertThat(found.name()).isEqualTo(name);
        assertThat(found.kind()).isEqualTo(CommitteeKind.MANAGEMENT_FORUM);
        assertThat(found.defaultLocation()).isEqualTo("Mødelokale 1, Rådhuset");
        assertThat(found.defaultStartTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(found.defaultEndTime()).isEqualTo(LocalTime.of(12, 0));
        assertThat(found.standingItems())
                .containsExactly(
                        new StandingItem(Placement.FIRST, "Godkendelse af dagsorden og referat", 5),
                        new StandingItem(Placement.LAST, "Temaer til kommende møder og eventuelt", 10));
        assertThat(found.members())
                .extracting(MemberView::name)
                .containsExactly("Henrik Harder", "Marie Andersen", "Rikke Hansen");
        assertThat(found.members().get(0)).isEqualTo(chair);
        assertThat(found.version()).isEqualTo(created.version() + 3); // one per added member

        assertThat(committees.isMember(created.id(), chairUser)).isTrue();
        assertThat(committees.isMember(created.id(), chairUser + 1)).isFalse();
        assertThat(committees.committeeIdsOf(chairUser)).containsExactly(created.id());
    }

    @Test
    void findsByNameIgnoringCaseAndListsByName() {
        String prefix = uniqueName("Økonomiudvalget");
        CommitteeView b = create(prefix + " B");
        CommitteeView a = create(prefix + " A");

        assertThat(committees.findByName((prefix + " a").toUpperCase())).contains(a);
        assertThat(committees.findByName("  " + prefix + " B ")).contains(b);
        assertThat(committees.findByName(uniqueName("Ingen"))).isEmpty();
        assertThat(committees.findAll()).extracting(CommitteeView::id).containsSubsequence(a.id(), b.id());
    }

    @Test
    void userInSeveralCommittees() {
        long user = uniqueUserId();
        CommitteeView one = create(uniqueName("KommuneMED"));
        CommitteeView two = create(uniqueName("Hoved-MED"));
        committees.addMember(one.id(), new NewMember("Lone", "HR-chef", MemberRole.MEMBER, user));
        committees.addMember(two.id(), new NewMember("Lone", "HR-chef", MemberRole.SECRETARY, user));

        assertThat(committees.committeeIdsOf(user)).containsExactlyInAnyOrder(one.id(), two.id());
    }

    @Test
    void refusesInvalidCommittees() {
        String name = uniqueName("Chefforum");
        create(name);

        assertThatThrownBy(() -> create(name.toLowerCase()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name")
                .hasMessageContaining(name.toLowerCase());
        assertThatThrownBy(() -> create("  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> committees.create(new NewCommittee(uniqueName("X"), null, null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kind");
        assertThatThrownBy(() -> committees.create(new NewCommittee(
                        uniqueName("X"), CommitteeKind.POLITICAL, null, LocalTime.of(12, 0), LocalTime.of(9, 0), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("defaultEndTime 09:00");
        assertThatThrownBy(() -> committees.create(new NewCommittee(
                        uniqueName("X"),
                        CommitteeKind.POLITICAL,
                        null,
                        null,
                        null,
                        List.of(new StandingItem(Placement.FIRST, " ", 5)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("standing item title");
    }

    @Test
    void refusesInvalidMembers() {
        CommitteeView committee = create(uniqueName("Chefforum"));
        long user = uniqueUserId();
        committees.addMember(committee.id(), new NewMember("Henrik", null, MemberRole.CHAIR, user));

        assertThatThrownBy(() -> committees.addMember(committee.id(), new NewMember("", null, MemberRole.MEMBER, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("member name");
        assertThatThrownBy(() -> committees.addMember(committee.id(), new NewMember("Marie", null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("role");
        assertThatThrownBy(() ->
                        committees.addMember(committee.id(), new NewMember("Henrik 2", null, MemberRole.MEMBER, user)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("User id " + user);
        assertThatThrownBy(() -> committees.addMember(-1, new NewMember("Marie", null, MemberRole.MEMBER, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown committee id: -1");
        assertThat(committees.find(committee.id()).orElseThrow().members()).hasSize(1);
    }
}
