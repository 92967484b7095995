package dk.punkt.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.cases.InvalidCaseNumberException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Editing a draft: version checks, the state rule, sanitising, and the history that records every step. */
@SpringBootTest
class ItemEditingIT {

    @Autowired
    ItemService items;

    private static long committee() {
        return ThreadLocalRandom.current().nextLong(3_000_000_000L, 4_000_000_000L);
    }

    private ItemView draft(String title) {
        return items.create(new NewItem(
                committee(),
                null,
                title,
                null,
                ItemType.ORIENTERING,
                null,
                10,
                false,
                List.of(new ItemView.Section(SectionNames.RESUME, "<p>Første</p>")),
                new ItemView.Recommendation("Direktøren indstiller,", List.of("at sagen tages til efterretning"))));
    }

    private static ItemChanges changes(String title, String resume) {
        return new ItemChanges(
                null,
                title,
                "00.01.00-P35-9-22",
                ItemType.BESLUTNING,
                "Henrik",
                20,
                true,
                List.of(new ItemView.Section(SectionNames.RESUME, resume)),
                new ItemView.Recommendation("Kommunaldirektøren indstiller,", List.of("at a", " ", "at b")));
    }

    @Test
    @WithMockUser(username = "sagsbehandler")
    void updateFromTheCurrentVersionReplacesTheContentAndRecordsTheAuthor() {
        ItemView item = draft("Redigering " + committee());

        ItemView saved = items.update(item.id(), item.version(), changes("Ny titel", "<p>Ny<script>x()</script></p>"));

        assertThat(saved.version()).isGreaterThan(item.version());
        assertThat(saved.title()).isEqualTo("Ny titel");
        assertThat(saved.closed()).isTrue();
        assertThat(saved.minutes()).isEqualTo(20);
        assertThat(saved.sections()).containsExactly(new ItemView.Section(SectionNames.RESUME, "<p>Ny</p>"));
        assertThat(saved.recommendation().clauses()).containsExactly("at a", "at b");
        assertThat(items.findListing(item.id()).orElseThrow().createdBy()).isEqualTo("sagsbehandler");
        assertThat(items.findInWorkBy("sagsbehandler"))
                .extracting(l -> l.item().id())
                .contains(item.id());
    }

    @Test
    void updateFromAStaleVersionIsRefusedAndChangesNothing() {
        ItemView item = draft("Konflikt " + committee());
        ItemView first = items.update(item.id(), item.version(), changes("Først", "<p>Først</p>"));

        assertThatThrownBy(() -> items.update(item.id(), item.version(), changes("Anden", "<p>Anden</p>")))
                .isInstanceOf(ItemConflictException.class)
                .hasMessageContaining("version " + item.version())
                .hasMessageContaining("version " + first.version());
        assertThat(items.find(item.id()).orElseThrow().title()).isEqualTo("Først");
    }

    @Test
    void onlyDraftsAreEdited() {
        ItemView item = draft("Indsendt " + committee());
        ItemView submitted = items.submit(item.id());

        assertThatThrownBy(() -> items.update(item.id(), submitted.version(), changes("X", "<p>X</p>")))
                .isInstanceOf(ItemStateException.class);
    }

    @Test
    void badInputIsRefusedBeforeAnythingChanges() {
        ItemView item = draft("Dårlig " + committee());
        ItemChanges bad = new ItemChanges(null, "T", "00.01.00-X5-9-22", null, null, null, false, List.of(), null);

        assertThatThrownBy(() -> items.update(item.id(), item.version(), bad))
                .isInstanceOf(InvalidCaseNumberException.class);
        assertThat(items.find(item.id()).orElseThrow().version()).isEqualTo(item.version());
    }

    @Test
    void historyNamesEveryStepWithUserAndTime() {
        ItemView item = draft("Historik " + committee());
        items.update(item.id(), item.version(), changes("Historik rettet", "<p>Rettet</p>"));
        items.submit(item.id());
        items.returnForChanges(item.id(), "Uddyb økonomien");
        items.submit(item.id());
        items.approve(item.id());

        List<ItemHistoryEntry> history = items.history(item.id());

        assertThat(history)
                .extracting(ItemHistoryEntry::kind)
                .containsExactly(
                        ItemHistoryEntry.Kind.CREATED,
                        ItemHistoryEntry.Kind.EDITED,
                        ItemHistoryEntry.Kind.SUBMITTED,
                        ItemHistoryEntry.Kind.RETURNED,
                        ItemHistoryEntry.Kind.SUBMITTED,
                        ItemHistoryEntry.Kind.APPROVED);
        assertThat(history.get(3).detail()).isEqualTo("Uddyb økonomien");
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.at()).isNotNull();
            assertThat(entry.username()).isNotBlank();
        });
    }
}
