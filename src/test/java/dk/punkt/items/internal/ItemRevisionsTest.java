package dk.punkt.items.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.items.ItemHistoryEntry.Kind;
import dk.punkt.items.ItemState;
import org.junit.jupiter.api.Test;

class ItemRevisionsTest {

    @Test
    void namesEachStepByTheStateChange() {
        assertThat(ItemRevisions.kindOf(ItemState.KLADDE, ItemState.KLADDE)).isEqualTo(Kind.EDITED);
        assertThat(ItemRevisions.kindOf(ItemState.KLADDE, ItemState.TIL_GODKENDELSE))
                .isEqualTo(Kind.SUBMITTED);
        assertThat(ItemRevisions.kindOf(ItemState.TIL_GODKENDELSE, ItemState.GODKENDT))
                .isEqualTo(Kind.APPROVED);
        assertThat(ItemRevisions.kindOf(ItemState.TIL_GODKENDELSE, ItemState.KLADDE))
                .isEqualTo(Kind.RETURNED);
        assertThat(ItemRevisions.kindOf(ItemState.GODKENDT, ItemState.PÅ_DAGSORDEN))
                .isEqualTo(Kind.PLACED_ON_AGENDA);
        assertThat(ItemRevisions.kindOf(ItemState.PÅ_DAGSORDEN, ItemState.GODKENDT))
                .isEqualTo(Kind.OTHER);
    }
}
