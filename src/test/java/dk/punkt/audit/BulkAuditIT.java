package dk.punkt.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.items.ItemChanges;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import dk.punkt.items.NewItem;
import dk.punkt.items.SectionNames;
import dk.punkt.testsupport.AuditRows;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A set-based audit trail ({@link BulkAudit}) is the one Envers writes, also for changes to rows that existed before
 * the transaction: the same edit of two identical items, one audited by Envers and one set-based, leaves the same
 * audit rows (the item changed, sections and clauses removed and added).
 */
@SpringBootTest
class BulkAuditIT {

    private static final Map<String, String> REFERENCES = Map.of("item_id", "agenda_item_aud");

    @Autowired
    BulkAudit audit;

    @Autowired
    ItemService items;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    private ItemView draft(long committee) {
        return items.create(new NewItem(
                committee,
                null,
                "Revision",
                null,
                ItemType.ORIENTERING,
                null,
                10,
                false,
                List.of(
                        new ItemView.Section(SectionNames.RESUME, "<p>Første</p>"),
                        new ItemView.Section(SectionNames.SAGSFREMSTILLING, "<p>Gammel</p>")),
                new ItemView.Recommendation("Direktøren indstiller,", List.of("at a", "at b", "at c"))));
    }

    private static ItemChanges changes(String caseNumber) {
        return new ItemChanges(
                null,
                "Revideret",
                caseNumber,
                ItemType.BESLUTNING,
                "Henrik",
                20,
                true,
                List.of(new ItemView.Section(SectionNames.RESUME, "<p>Ny</p>")),
                new ItemView.Recommendation("Kommunaldirektøren indstiller,", List.of("at x")));
    }

    @Test
    @WithMockUser(username = "sagsbehandler")
    void anEditAuditedSetBasedHasEnversAuditRows() throws SQLException {
        long committee = ThreadLocalRandom.current().nextLong(5_000_000_000L, 6_000_000_000L);
        String caseNumber = "00.01.00-P35-" + ThreadLocalRandom.current().nextInt(1, 99_999) + "-22";
        // A first edit registers the case, so the two compared find it registered.
        ItemView first = draft(committee);
        items.update(first.id(), first.version(), changes(caseNumber));
        ItemView byEnvers = draft(committee);
        ItemView setBased = draft(committee);

        items.update(byEnvers.id(), byEnvers.version(), changes(caseNumber));
        audit.run(() -> items.update(setBased.id(), setBased.version(), changes(caseNumber)));

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long enversRevision = lastRevision(jdbc, byEnvers.id());
        long setBasedRevision = lastRevision(jdbc, setBased.id());
        var enversRows = AuditRows.ofRevision(dataSource, enversRevision, REFERENCES);
        var setBasedRows = AuditRows.ofRevision(dataSource, setBasedRevision, REFERENCES);
        assertThat(setBasedRows).isEqualTo(enversRows);
        // The edit changed the item (MOD) and removed rows that existed before (DEL, written by Envers itself).
        assertThat(enversRows.get("agenda_item_aud"))
                .extracting(row -> row.get("revtype"))
                .containsExactly(1L);
        assertThat(enversRows.values().stream().flatMap(List::stream).map(row -> row.get("revtype")))
                .contains(0L, 2L);
        assertThat(jdbc.queryForObject("select username from revinfo where id = ?", String.class, setBasedRevision))
                .isEqualTo("sagsbehandler");
    }

    @Test
    void cannotBeginInsideATransaction() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> audit.run(() -> {})))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside a transaction");
    }

    private static long lastRevision(JdbcTemplate jdbc, long itemId) {
        return jdbc.queryForObject("select max(rev) from agenda_item_aud where id = ?", Long.class, itemId);
    }
}
