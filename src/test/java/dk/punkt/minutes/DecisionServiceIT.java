package dk.punkt.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.items.ItemNotFoundException;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import dk.punkt.items.NewItem;
import dk.punkt.minutes.internal.Decision;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DecisionServiceIT {

    @Autowired
    DecisionService decisions;

    @Autowired
    ItemService items;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private ItemView newItem(String title) {
        long committeeId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        return items.create(
                new NewItem(committeeId, null, title, null, ItemType.BESLUTNING, null, 10, false, List.of(), null));
    }

    @Test
    void recordsSanitisedDecision() {
        ItemView item = newItem("Beslutningspunkt");

        DecisionView view = decisions.record(
                item.id(), "<p>Godkendt.</p><script>alert(1)</script><p style=\"x\">Følges op.</p>", Outcome.GODKENDT);

        assertThat(view.itemId()).isEqualTo(item.id());
        assertThat(view.text()).isEqualTo("<p>Godkendt.</p><p>Følges op.</p>");
        assertThat(view.outcome()).isEqualTo(Outcome.GODKENDT);
        assertThat(decisions.find(item.id())).contains(view);
    }

    @Test
    void recordingAgainReplacesAndKeepsHistory() {
        ItemView item = newItem("Ændret beslutning");
        DecisionView draft = decisions.record(item.id(), "<p>Udkast</p>", null);
        DecisionView fin = decisions.record(item.id(), "<p>Taget til efterretning</p>", Outcome.TAGET_TIL_EFTERRETNING);

        assertThat(draft.outcome()).isNull();
        assertThat(fin.version()).isGreaterThan(draft.version());
        assertThat(decisions.find(item.id()).orElseThrow().text()).isEqualTo("<p>Taget til efterretning</p>");

        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            Long id = em.createQuery("select d.id from Decision d where d.itemId = :item", Long.class)
                    .setParameter("item", item.id())
                    .getSingleResult();
            assertThat(AuditReaderFactory.get(em).getRevisions(Decision.class, id))
                    .hasSize(2);
        } finally {
            em.close();
        }
    }

    @Test
    void nullTextIsEmpty() {
        ItemView item = newItem("Tom beslutning");
        assertThat(decisions.record(item.id(), null, Outcome.DRØFTET).text()).isEmpty();
    }

    @Test
    void unknownItemIsRefused() {
        assertThatThrownBy(() -> decisions.record(-42, "<p>x</p>", Outcome.GODKENDT))
                .isInstanceOf(ItemNotFoundException.class)
                .hasMessageContaining("-42");
        assertThat(decisions.find(-42)).isEmpty();
    }

    @Test
    void findsByItems() {
        ItemView a = newItem("A");
        ItemView b = newItem("B");
        ItemView none = newItem("Uden beslutning");
        decisions.record(a.id(), "<p>a</p>", Outcome.GODKENDT);
        decisions.record(b.id(), "<p>b</p>", Outcome.UDSAT);

        Map<Long, DecisionView> found = decisions.findByItems(List.of(a.id(), b.id(), none.id()));

        assertThat(found).containsOnlyKeys(a.id(), b.id());
        assertThat(found.get(b.id()).outcome()).isEqualTo(Outcome.UDSAT);
        assertThat(decisions.findByItems(List.of())).isEmpty();
    }
}
