package dk.punkt.items.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.items.ItemState;
import dk.punkt.items.ItemStateException;
import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class AgendaItemTest {

    private static AgendaItem newItem() {
        return new AgendaItem(1L, null, "Budgetopfølgning", "00.01.00-P35-7-23", ItemType.BESLUTNING, "Ib", 15, false);
    }

    @Test
    void startsAsDraft() {
        assertThat(newItem().state()).isEqualTo(ItemState.KLADDE);
    }

    @Test
    void fullLifecycle() {
        AgendaItem item = newItem();
        item.submit();
        assertThat(item.state()).isEqualTo(ItemState.TIL_GODKENDELSE);
        item.approve();
        assertThat(item.state()).isEqualTo(ItemState.GODKENDT);
        item.placeOnAgenda(42);
        assertThat(item.state()).isEqualTo(ItemState.PÅ_DAGSORDEN);
        assertThat(item.meetingId()).isEqualTo(42L);
        item.markTreated();
        assertThat(item.state()).isEqualTo(ItemState.BEHANDLET);
    }

    @Test
    void approveOnlyFromAwaitingApproval() {
        AgendaItem item = newItem();
        assertThatThrownBy(item::approve)
                .isInstanceOfSatisfying(ItemStateException.class, e -> {
                    assertThat(e.current()).isEqualTo(ItemState.KLADDE);
                    assertThat(e.wanted()).isEqualTo(ItemState.GODKENDT);
                })
                .hasMessageContaining("KLADDE")
                .hasMessageContaining("GODKENDT");
        assertThat(item.state()).isEqualTo(ItemState.KLADDE);
    }

    @Test
    void takingAnItemOffTheAgendaIsNotAnApproval() {
        AgendaItem item = newItem();
        item.submit();
        item.approve();
        item.placeOnAgenda(1);
        assertThatThrownBy(item::approve).isInstanceOf(ItemStateException.class);
    }

    @Test
    void returnForChangesGoesBackToDraftWithComment() {
        AgendaItem item = newItem();
        item.submit();
        item.returnForChanges("Mangler økonomi");
        assertThat(item.state()).isEqualTo(ItemState.KLADDE);
        assertThat(item.returnComment()).isEqualTo("Mangler økonomi");
        item.submit();
        assertThat(item.returnComment()).isNull();
    }

    @Test
    void cannotReturnADraft() {
        assertThatThrownBy(() -> newItem().returnForChanges("x")).isInstanceOf(ItemStateException.class);
    }

    @Test
    void postponedItemGoesOnALaterAgenda() {
        AgendaItem item = newItem();
        item.submit();
        item.approve();
        item.placeOnAgenda(1);
        item.postpone();
        assertThat(item.state()).isEqualTo(ItemState.UDSAT);
        assertThat(item.meetingId()).isEqualTo(1L);
        item.placeOnAgenda(2);
        assertThat(item.state()).isEqualTo(ItemState.PÅ_DAGSORDEN);
        assertThat(item.meetingId()).isEqualTo(2L);
    }

    @Test
    void onlyApprovedOrPostponedItemsGoOnAnAgenda() {
        AgendaItem item = newItem();
        assertThatThrownBy(() -> item.placeOnAgenda(1))
                .isInstanceOf(ItemStateException.class)
                .hasMessageContaining("PÅ_DAGSORDEN");
        assertThat(item.meetingId()).isNull();
    }

    @Test
    void withdrawnIsFinal() {
        AgendaItem item = newItem();
        item.withdraw();
        assertThat(item.state()).isEqualTo(ItemState.TRUKKET);
        assertThatThrownBy(item::submit).isInstanceOf(ItemStateException.class);
        assertThatThrownBy(item::withdraw).isInstanceOf(ItemStateException.class);
    }

    @Test
    void treatedCannotBePostponed() {
        AgendaItem item = newItem();
        item.submit();
        item.approve();
        item.placeOnAgenda(1);
        item.markTreated();
        assertThatThrownBy(item::postpone).isInstanceOf(ItemStateException.class);
    }

    @Test
    void viewKeepsSectionAndClauseOrder() {
        AgendaItem item = newItem();
        item.addSection("Sagsfremstilling", "<p>b</p>");
        item.addSection("Anledning", "<p>a</p>");
        item.setRecommendation("Direktionen indstiller,", List.of("at godkende", "at drøfte"));
        Appendix appendix = item.addAppendix("bilag.pdf", true, "application/pdf", 10, Instant.EPOCH);
        // Ids come from the database; set them as a save would.
        ReflectionTestUtils.setField(item, "id", 7L);
        ReflectionTestUtils.setField(appendix, "id", 8L);

        ItemView view = item.toView();

        assertThat(view.sections()).extracting(ItemView.Section::name).containsExactly("Sagsfremstilling", "Anledning");
        assertThat(view.recommendation().by()).isEqualTo("Direktionen indstiller,");
        assertThat(view.recommendation().clauses()).containsExactly("at godkende", "at drøfte");
        assertThat(view.appendices()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("bilag.pdf");
            assertThat(a.closed()).isTrue();
        });
    }

    @Test
    void noRecommendationGivesNull() {
        AgendaItem item = newItem();
        ReflectionTestUtils.setField(item, "id", 7L);
        assertThat(item.toView().recommendation()).isNull();
    }
}
