package dk.punkt.oparl.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger of published OParl objects (table {@code oparl_object}). A sync pass offers every object that is public
 * now; the ledger keeps the date it first saw it ({@code created}), moves {@code modified} to the pass's time when its
 * content changed, and turns objects that are no longer offered into tombstones. Lists and single objects are then
 * read from the ledger, so paging and the date filters are plain SQL.
 */
@Component
class OparlLedger {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final OparlLinks links;

    OparlLedger(JdbcTemplate jdbc, ObjectMapper json, OparlLinks links) {
        this.jdbc = jdbc;
        this.json = json;
        this.links = links;
    }

    /** The date filters of a list; null where not given. */
    record Filter(Instant createdSince, Instant createdUntil, Instant modifiedSince, Instant modifiedUntil) {

        static final Filter NONE = new Filter(null, null, null, null);

        /** OParl: deleted objects are listed only to clients that ask what changed since a date. */
        boolean includesDeleted() {
            return modifiedSince != null;
        }
    }

    record Page(long total, List<String> bodies) {}

    Optional<String> find(OparlType type, String key) {
        return jdbc
                .query(
                        "select body from oparl_object where object_type = ? and object_key = ?",
                        (rs, n) -> rs.getString(1),
                        type.path(),
                        key)
                .stream()
                .findFirst();
    }

    Page list(OparlType type, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where object_type = ?");
        List<Object> args = new ArrayList<>(List.of(type.path()));
        if (!filter.includesDeleted()) {
            where.append(" and deleted = false");
        }
        condition(where, args, "created >= ?", filter.createdSince());
        condition(where, args, "created <= ?", filter.createdUntil());
        condition(where, args, "modified >= ?", filter.modifiedSince());
        condition(where, args, "modified <= ?", filter.modifiedUntil());
        Long total = jdbc.queryForObject("select count(*) from oparl_object" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) (page - 1) * size);
        List<String> bodies = jdbc.query(
                "select body from oparl_object" + where + " order by id limit ? offset ?",
                (rs, n) -> rs.getString(1),
                pageArgs.toArray());
        return new Page(total == null ? 0 : total, bodies);
    }

    private static void condition(StringBuilder where, List<Object> args, String sql, Instant value) {
        if (value != null) {
            where.append(" and ").append(sql);
            args.add(utc(value));
        }
    }

    /** Starts a sync pass at {@code now}; call {@link Pass#finish()} after offering every public object. */
    Pass begin(Instant now) {
        return new Pass(now.truncatedTo(ChronoUnit.SECONDS));
    }

    private record Row(long id, Instant created, Instant modified, boolean deleted, String fingerprint) {}

    final class Pass {

        private final Instant now;
        private final Map<String, Row> rows = new HashMap<>();
        private final Map<String, ObjectNode> seen = new HashMap<>();

        private Pass(Instant now) {
            this.now = now;
            jdbc.query(
                    "select id, object_type, object_key, created, modified, deleted, fingerprint from oparl_object",
                    (ResultSet rs) -> {
                        String id = rowKey(rs.getString(2), rs.getString(3));
                        rows.put(
                                id,
                                new Row(
                                        rs.getLong(1),
                                        instant(rs, 4),
                                        instant(rs, 5),
                                        rs.getBoolean(6),
                                        rs.getString(7)));
                    });
        }

        /**
         * Records one public object and returns it with its {@code created} and {@code modified} dates, ready to be
         * embedded in another. {@code since} is a domain date (e.g. when an agenda went out) used as {@code created}
         * for an object the ledger has not seen before; {@code modified} is always the pass's time then, so that a
         * client asking for changes since its last visit does not miss it.
         */
        ObjectNode offer(OparlType type, String key, ObjectNode content, Instant since) {
            String id = rowKey(type.path(), key);
            if (seen.containsKey(id)) {
                // Offered twice in one pass (the same object reached two ways): the first one stands.
                return seen.get(id);
            }
            ObjectNode result = offerOnce(type, key, id, content, since);
            seen.put(id, result);
            return result;
        }

        private ObjectNode offerOnce(OparlType type, String key, String id, ObjectNode content, Instant since) {
            String fingerprint = fingerprint(content);
            Row row = rows.get(id);
            Instant created;
            Instant modified;
            if (row == null) {
                created = since != null && since.isBefore(now) ? since.truncatedTo(ChronoUnit.SECONDS) : now;
                modified = now;
            } else if (row.deleted() || !row.fingerprint().equals(fingerprint)) {
                created = row.created();
                modified = now.isAfter(row.modified()) ? now : row.modified().plusSeconds(1);
            } else {
                return stamped(content, row.created(), row.modified());
            }
            ObjectNode result = stamped(content, created, modified);
            String body = write(result);
            if (row == null) {
                jdbc.update(
                        "insert into oparl_object (object_type, object_key, created, modified, deleted, fingerprint,"
                                + " body) values (?, ?, ?, ?, false, ?, ?)",
                        type.path(),
                        key,
                        utc(created),
                        utc(modified),
                        fingerprint,
                        body);
            } else {
                jdbc.update(
                        "update oparl_object set modified = ?, deleted = false, fingerprint = ?, body = ? where id = ?",
                        utc(modified),
                        fingerprint,
                        body,
                        row.id());
            }
            return result;
        }

        /** Turns every object that was public and was not offered in this pass into a tombstone. */
        int finish() {
            int tombstones = 0;
            for (Map.Entry<String, Row> entry : rows.entrySet()) {
                Row row = entry.getValue();
                if (row.deleted() || seen.containsKey(entry.getKey())) {
                    continue;
                }
                String[] typeAndKey = entry.getKey().split("\u0000", 2);
                OparlType type = OparlType.ofPath(typeAndKey[0]).orElseThrow();
                Instant modified =
                        now.isAfter(row.modified()) ? now : row.modified().plusSeconds(1);
                ObjectNode tombstone = json.createObjectNode();
                tombstone.put("id", links.object(type, typeAndKey[1]));
                tombstone.put("type", type.schemaType());
                tombstone.put("created", OparlTimes.format(row.created()));
                tombstone.put("modified", OparlTimes.format(modified));
                tombstone.put("deleted", true);
                jdbc.update(
                        "update oparl_object set modified = ?, deleted = true, fingerprint = ?, body = ? where id = ?",
                        utc(modified),
                        "deleted",
                        write(tombstone),
                        row.id());
                tombstones++;
            }
            return tombstones;
        }
    }

    private ObjectNode stamped(ObjectNode content, Instant created, Instant modified) {
        ObjectNode result = content.deepCopy();
        result.put("created", OparlTimes.format(created));
        result.put("modified", OparlTimes.format(modified));
        return result;
    }

    private static String rowKey(String type, String key) {
        return type + "\u0000" + key;
    }

    private String fingerprint(ObjectNode content) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(write(content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private String write(ObjectNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Cannot write OParl object " + node.path("id").asText(), e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
