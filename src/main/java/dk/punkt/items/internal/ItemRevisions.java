package dk.punkt.items.internal;

import dk.punkt.audit.PunktRevision;
import dk.punkt.items.ItemHistoryEntry;
import dk.punkt.items.ItemHistoryEntry.Kind;
import dk.punkt.items.ItemState;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;

/**
 * Reads an item's history from its Envers revisions (and those of its appendices): each revision becomes a step named
 * by the state change it made, with the user and time the revision recorded.
 */
@Component
public class ItemRevisions {

    private final EntityManager entityManager;

    ItemRevisions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The steps, oldest first. Call inside a transaction. */
    @SuppressWarnings("unchecked")
    public List<ItemHistoryEntry> history(long itemId) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<Object[]> itemRows = reader.createQuery()
                .forRevisionsOfEntity(AgendaItem.class, false, true)
                .add(AuditEntity.id().eq(itemId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Object[]> appendixRows = reader.createQuery()
                .forRevisionsOfEntity(Appendix.class, false, false)
                .add(AuditEntity.relatedId("item").eq(itemId))
                .add(AuditEntity.revisionType().eq(RevisionType.ADD))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();

        Map<Long, ItemHistoryEntry> byRevision = new TreeMap<>();
        ItemState previous = null;
        for (Object[] row : itemRows) {
            AgendaItem snapshot = (AgendaItem) row[0];
            PunktRevision revision = (PunktRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            ItemState state = snapshot.state();
            Kind kind = type == RevisionType.ADD || previous == null ? Kind.CREATED : kindOf(previous, state);
            String detail = kind == Kind.RETURNED ? snapshot.returnComment() : null;
            byRevision.put(revision.getId(), entry(revision, kind, state, detail));
            previous = state;
        }
        for (Object[] row : appendixRows) {
            Appendix appendix = (Appendix) row[0];
            PunktRevision revision = (PunktRevision) row[1];
            ItemHistoryEntry existing = byRevision.get(revision.getId());
            if (existing == null || existing.kind() == Kind.EDITED) {
                ItemState state = existing == null ? null : existing.state();
                byRevision.put(revision.getId(), entry(revision, Kind.APPENDIX_ADDED, state, appendix.name()));
            }
        }
        List<ItemHistoryEntry> entries = new ArrayList<>(byRevision.values());
        entries.sort(Comparator.comparingLong(ItemHistoryEntry::revision));
        return entries;
    }

    private static ItemHistoryEntry entry(PunktRevision revision, Kind kind, ItemState state, String detail) {
        return new ItemHistoryEntry(
                revision.getId(), revision.getTimestamp(), revision.getUsername(), kind, state, detail);
    }

    static Kind kindOf(ItemState before, ItemState after) {
        if (before == after) {
            return Kind.EDITED;
        }
        return switch (after) {
            case TIL_GODKENDELSE -> Kind.SUBMITTED;
            case GODKENDT -> before == ItemState.TIL_GODKENDELSE ? Kind.APPROVED : Kind.OTHER;
            case KLADDE -> Kind.RETURNED;
            case PÅ_DAGSORDEN -> Kind.PLACED_ON_AGENDA;
            case BEHANDLET -> Kind.TREATED;
            case UDSAT -> Kind.POSTPONED;
            case TRUKKET -> Kind.WITHDRAWN;
        };
    }
}
