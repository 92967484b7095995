package dk.punkt.items;

import static dk.punkt.items.ItemState.BEHANDLET;
import static dk.punkt.items.ItemState.GODKENDT;
import static dk.punkt.items.ItemState.KLADDE;
import static dk.punkt.items.ItemState.PÅ_DAGSORDEN;
import static dk.punkt.items.ItemState.TIL_GODKENDELSE;
import static dk.punkt.items.ItemState.TRUKKET;
import static dk.punkt.items.ItemState.UDSAT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ItemStateTest {

    @Test
    void mainPathIsAllowed() {
        assertThat(KLADDE.canBecome(TIL_GODKENDELSE)).isTrue();
        assertThat(TIL_GODKENDELSE.canBecome(GODKENDT)).isTrue();
        assertThat(GODKENDT.canBecome(PÅ_DAGSORDEN)).isTrue();
        assertThat(PÅ_DAGSORDEN.canBecome(BEHANDLET)).isTrue();
    }

    @Test
    void postponedItemsCanGoOnALaterAgenda() {
        assertThat(PÅ_DAGSORDEN.canBecome(UDSAT)).isTrue();
        assertThat(UDSAT.canBecome(PÅ_DAGSORDEN)).isTrue();
    }

    @Test
    void noShortcuts() {
        assertThat(KLADDE.canBecome(GODKENDT)).isFalse();
        assertThat(KLADDE.canBecome(PÅ_DAGSORDEN)).isFalse();
        assertThat(TIL_GODKENDELSE.canBecome(PÅ_DAGSORDEN)).isFalse();
        assertThat(GODKENDT.canBecome(BEHANDLET)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = ItemState.class,
            names = {"BEHANDLET", "TRUKKET"})
    void finalStatesGoNowhere(ItemState state) {
        assertThat(state.next()).isEmpty();
        for (ItemState other : ItemState.values()) {
            assertThat(state.canBecome(other)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ItemState.class,
            names = {"BEHANDLET", "TRUKKET"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyOpenStateCanBeWithdrawnButNotStayPut(ItemState state) {
        assertThat(state.canBecome(TRUKKET)).isTrue();
        assertThat(state.canBecome(state)).isFalse();
    }

    @Test
    void everyStateIsReachableFromKladde() {
        EnumSet<ItemState> seen = EnumSet.of(KLADDE);
        boolean grew = true;
        while (grew) {
            EnumSet<ItemState> more = EnumSet.copyOf(seen);
            seen.forEach(s -> more.addAll(s.next()));
            grew = more.size() > seen.size();
            seen = more;
        }
        assertThat(seen).containsExactlyInAnyOrder(ItemState.values());
    }
}
