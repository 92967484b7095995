package db.migration.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A sequence with an allocation size of 50 for each table a bulk import writes most, so Hibernate can batch their
 * inserts (identity columns cannot be batched: each insert must return its id). Java because each sequence must
 * start above the ids already in its table, which SQL's {@code create sequence} cannot read. The identity columns
 * stay as they are; Hibernate now supplies the ids.
 */
public class V4_7_1__id_sequences extends BaseJavaMigration {

    static final List<String> TABLES = List.of(
            "agenda_item",
            "item_section",
            "recommendation_clause",
            "appendix",
            "meeting",
            "meeting_attendee",
            "agenda_row",
            "decision",
            "import_source");

    /** Hibernate's allocation size for these sequences; it checks the sequence's increment at start-up. */
    static final int INCREMENT = 50;

    /** The tables above without an Envers audit table; every other one has {@code <table>_aud}. */
    static final Set<String> NOT_AUDITED = Set.of("import_source");

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : TABLES) {
                // Deleted rows' ids live on in the audit table: never hand them out again, or a new row would
                // inherit an old one's history.
                long max = maxId(statement, table);
                if (!NOT_AUDITED.contains(table)) {
                    max = Math.max(max, maxId(statement, table + "_aud"));
                }
                // Hibernate's pooled optimiser takes a fetched value v as the top of the block (v - 49 .. v), so
                // after existing ids the first value is max + 51 and that block lies above all of them; only the
                // value 1 (its initial value) it takes as the bottom, so an empty table still starts at id 1.
                long start = max == 0 ? 1 : max + INCREMENT + 1;
                statement.execute(
                        "create sequence " + table + "_seq start with " + start + " increment by " + INCREMENT);
            }
        }
    }

    private static long maxId(Statement statement, String table) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
