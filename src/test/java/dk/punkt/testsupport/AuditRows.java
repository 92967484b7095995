package dk.punkt.testsupport;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The rows every audit table ({@code *_aud}) holds for one revision, in a form two revisions that audited the same
 * work can be compared in: without the revision, ids as their rank among that table's rows of the revision,
 * references among them ({@code references}: column to audit table) the same way, times left out (each run has its
 * own clock reading). Tables without rows in the revision are left out.
 */
public final class AuditRows {

    private AuditRows() {}

    public static Map<String, List<Map<String, Object>>> ofRevision(
            DataSource dataSource, long revision, Map<String, String> references) throws SQLException {
        Map<String, Map<Long, Map<String, Object>>> byTable = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : auditTables(connection)) {
                try (PreparedStatement statement =
                        connection.prepareStatement("select * from " + table + " where rev = ?")) {
                    statement.setLong(1, revision);
                    try (ResultSet rows = statement.executeQuery()) {
                        ResultSetMetaData columns = rows.getMetaData();
                        while (rows.next()) {
                            Map<String, Object> row = new TreeMap<>();
                            for (int c = 1; c <= columns.getColumnCount(); c++) {
                                row.put(
                                        columns.getColumnLabel(c).toLowerCase(Locale.ROOT),
                                        comparable(rows.getObject(c)));
                            }
                            byTable.computeIfAbsent(table, t -> new TreeMap<>()).put((Long) row.get("id"), row);
                        }
                    }
                }
            }
        }
        Map<String, Map<Long, Integer>> ranks = new HashMap<>();
        byTable.forEach((table, rows) -> {
            Map<Long, Integer> rank = new HashMap<>();
            rows.keySet().forEach(id -> rank.put(id, rank.size()));
            ranks.put(table, rank);
        });
        Map<String, List<Map<String, Object>>> normalized = new TreeMap<>();
        byTable.forEach((table, rows) -> {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Map<String, Object> row : rows.values()) {
                Map<String, Object> copy = new TreeMap<>(row);
                copy.remove("rev");
                copy.put("id", ranks.get(table).get((Long) row.get("id")));
                references.forEach((column, referenced) -> {
                    if (copy.get(column) instanceof Long id && ranks.containsKey(referenced)) {
                        copy.put(column, "ref " + ranks.get(referenced).get(id));
                    }
                });
                list.add(copy);
            }
            normalized.put(table, list);
        });
        return normalized;
    }

    private static Object comparable(Object value) {
        if (value instanceof Number number && !(value instanceof BigDecimal)) {
            return number.longValue();
        }
        if (value instanceof Timestamp || value instanceof Temporal) {
            return "(time)";
        }
        return value;
    }

    private static List<String> auditTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData metadata = connection.getMetaData();
        for (String pattern : List.of("%_aud", "%_AUD")) {
            try (ResultSet result = metadata.getTables(null, null, pattern, new String[] {"TABLE"})) {
                while (result.next()) {
                    String schema = result.getString("TABLE_SCHEM");
                    if (schema == null || schema.equalsIgnoreCase("public")) {
                        tables.add(result.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return tables.stream().distinct().sorted().toList();
    }
}
