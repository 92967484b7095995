package dk.punkt.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.configuration.Configuration;
import org.hibernate.envers.exception.AuditException;
import org.hibernate.persister.entity.AbstractEntityPersister;

/**
 * Copies audited rows into their audit table with one statement: {@code insert into x_aud (rev, revtype, …) select
 * ?, ?, … from x where id = any(?)}. The audit table's columns are Envers' mapping of the entity, so each is also a
 * column of the entity's table; an entity for which that does not hold (or whose id is not a number) is refused
 * when the copy is built, naming the column.
 */
record AuditTableCopy(String entityName, String sql) {

    static AuditTableCopy of(SessionFactoryImplementor factory, Configuration envers, String entityName) {
        var metamodel = factory.getMappingMetamodel();
        var table = (AbstractEntityPersister) metamodel.getEntityDescriptor(entityName);
        var audit = (AbstractEntityPersister) metamodel.getEntityDescriptor(envers.getAuditEntityName(entityName));
        if (table.getIdentifierColumnNames().length != 1
                || !Number.class.isAssignableFrom(table.getIdentifierType().getReturnedClass())) {
            throw new AuditException(entityName + ": set-based auditing needs a single numeric id column");
        }
        Set<String> tableColumns = new HashSet<>();
        columnsOf(table).forEach(column -> tableColumns.add(normal(column)));
        String id = table.getIdentifierColumnNames()[0];
        // The audit id is (entity id, revision): the column that is not the entity's id is the revision's.
        String revision = null;
        for (String column : audit.getIdentifierColumnNames()) {
            if (!normal(column).equals(normal(id))) {
                revision = column;
            }
        }
        String revisionType = audit.getPropertyColumnNames(envers.getRevisionTypePropertyName())[0];
        List<String> copied = new ArrayList<>();
        for (String column : columnsOf(audit)) {
            String name = normal(column);
            if (name.equals(normal(revision)) || name.equals(normal(revisionType))) {
                continue;
            }
            if (!tableColumns.contains(name)) {
                throw new AuditException(entityName + ": audit column " + column + " of " + audit.getTableName()
                        + " is not a column of " + table.getTableName() + ", so it cannot be copied from it");
            }
            copied.add(column);
        }
        String columns = String.join(", ", copied);
        String sql = "insert into " + audit.getTableName() + " (" + revision + ", " + revisionType + ", " + columns
                + ") select cast(? as bigint), cast(? as smallint), " + columns + " from " + table.getTableName()
                + " where " + id + " = any(?)";
        return new AuditTableCopy(entityName, sql);
    }

    /** Writes the rows with these ids, in their state now, as audit rows of {@code revision}; returns how many. */
    int copy(Connection connection, long revision, RevisionType type, Collection<?> ids) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, revision);
            statement.setShort(2, type.getRepresentation());
            statement.setArray(3, connection.createArrayOf("bigint", ids.toArray()));
            return statement.executeUpdate();
        }
    }

    private static List<String> columnsOf(AbstractEntityPersister persister) {
        List<String> columns = new ArrayList<>(List.of(persister.getIdentifierColumnNames()));
        for (int i = 0; i < persister.getPropertyNames().length; i++) {
            columns.addAll(List.of(persister.getPropertyColumnNames(i)));
        }
        return columns;
    }

    private static String normal(String column) {
        return column.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
    }
}
