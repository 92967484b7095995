package dk.punkt.audit.internal;

import java.util.HashMap;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.envers.event.spi.EnversListenerDuplicationStrategy;
import org.hibernate.envers.event.spi.EnversPostCollectionRecreateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostDeleteEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostInsertEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostUpdateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreCollectionRemoveEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreCollectionUpdateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreUpdateEventListenerImpl;
import org.hibernate.envers.exception.AuditException;
import org.hibernate.envers.internal.entities.EntitiesConfigurations;
import org.hibernate.envers.internal.entities.RelationDescription;
import org.hibernate.envers.internal.entities.RelationType;
import org.hibernate.envers.internal.synchronization.work.DelWorkUnit;
import org.hibernate.envers.internal.tools.EntityTools;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Envers' listeners, registered in place of Envers' own registration ({@code hibernate.envers.autoRegisterListeners
 * =false}), each doing exactly what Envers does unless the thread is in a {@link BulkAuditScope}. There, inserted
 * and changed rows are noted by id in the transaction's {@link PendingAuditRows} instead of becoming an Envers audit
 * entity each, and so is the revision Envers gives the other side of a bidirectional relation when this side
 * changes. Deletions still go to Envers (their row is gone by commit, so it keeps the state at deletion).
 */
public final class SetBasedAuditListeners implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
        EnversService envers = factory.getServiceRegistry().getService(EnversService.class);
        if (envers == null
                || !envers.isEnabled()
                || !envers.getEntitiesConfigurations().hasAuditedEntities()) {
            return;
        }
        Noted noted = new Noted(envers, new AuditTableCopies(envers.getConfig()));
        EventListenerRegistry registry = factory.getServiceRegistry().getService(EventListenerRegistry.class);
        registry.addDuplicationStrategy(EnversListenerDuplicationStrategy.INSTANCE);
        registry.appendListeners(EventType.POST_DELETE, new Deleted(noted));
        registry.appendListeners(EventType.POST_INSERT, new Inserted(noted));
        registry.appendListeners(EventType.PRE_UPDATE, new EnversPreUpdateEventListenerImpl(envers));
        registry.appendListeners(EventType.POST_UPDATE, new Updated(noted));
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, new CollectionRecreated(noted));
        registry.appendListeners(EventType.PRE_COLLECTION_REMOVE, new CollectionRemoved(noted));
        registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, new CollectionUpdated(noted));
    }

    @Override
    public void disintegrate(SessionFactoryImplementor factory, SessionFactoryServiceRegistry registry) {}

    /** What the listeners share: Envers' configuration and the way to a session's pending rows. */
    private record Noted(EnversService envers, AuditTableCopies copies) {

        /** The session's pending rows for an audited entity's event in a bulk audit; null: Envers as usual. */
        PendingAuditRows in(EventSource session, String entityName) {
            return envers.getEntitiesConfigurations().isVersioned(entityName)
                    ? BulkAuditScope.pending(session, envers, copies)
                    : null;
        }

        /**
         * Envers gives the entity on the other side of a changed bidirectional to-one relation a revision too
         * ({@code BaseEnversEventListener.generateBidirectionalCollectionChangeWorkUnits}): noted here as a change.
         */
        void relatedChanged(
                PendingAuditRows pending,
                EntityPersister persister,
                String entityName,
                Object[] newState,
                Object[] oldState,
                SessionImplementor session) {
            if (!envers.getConfig().isGenerateRevisionsForCollections()) {
                return;
            }
            EntitiesConfigurations configurations = envers.getEntitiesConfigurations();
            String[] properties = persister.getPropertyNames();
            for (int i = 0; i < properties.length; i++) {
                RelationDescription relation = configurations.getRelationDescription(entityName, properties[i]);
                if (relation == null
                        || !relation.isBidirectional()
                        || relation.getRelationType() != RelationType.TO_ONE
                        || !relation.isInsertable()) {
                    continue;
                }
                Object oldValue = oldState == null ? null : oldState[i];
                Object newValue = newState == null ? null : newState[i];
                String related = relation.getToEntityName();
                if (!EntityTools.entitiesEqual(session, related, oldValue, newValue)) {
                    if (newValue != null) {
                        pending.modified(related, EntityTools.getIdentifier(session, related, newValue));
                    }
                    if (oldValue != null) {
                        pending.modified(related, EntityTools.getIdentifier(session, related, oldValue));
                    }
                }
            }
        }

        /**
         * Whether Envers handles this collection change as usual: outside a bulk audit. Inside one, Envers writes no
         * rows of its own for the inverse side of a relation; a change for which it would (a join table's) fails.
         */
        boolean leftToEnvers(AbstractCollectionEvent event, CollectionEntry entry) {
            if (!BulkAuditScope.isActive()) {
                return true;
            }
            if (entry != null && writesRows(event.getAffectedOwnerEntityName(), entry)) {
                throw new AuditException("BulkAudit cannot write the audit rows of collection " + entry.getRole()
                        + " set-based; write it outside a bulk audit");
            }
            return false;
        }

        private boolean writesRows(String owner, CollectionEntry entry) {
            if (!envers.getEntitiesConfigurations().isVersioned(owner)) {
                return false;
            }
            var persister = entry.getLoadedPersister();
            if (!persister.isInverse()) {
                return true;
            }
            String ownerName = ((AbstractCollectionPersister) persister).getOwnerEntityName();
            String property = entry.getRole().substring(ownerName.length() + 1);
            RelationDescription relation = envers.getEntitiesConfigurations().getRelationDescription(owner, property);
            return relation != null
                    && relation.getRelationType() == RelationType.TO_MANY_NOT_OWNING
                    && relation.isIndexed();
        }
    }

    private static final class Inserted extends EnversPostInsertEventListenerImpl {
        private final Noted noted;

        Inserted(Noted noted) {
            super(noted.envers());
            this.noted = noted;
        }

        @Override
        public void onPostInsert(PostInsertEvent event) {
            String entityName = event.getPersister().getEntityName();
            PendingAuditRows pending = noted.in(event.getSession(), entityName);
            if (pending == null) {
                super.onPostInsert(event);
                return;
            }
            checkIfTransactionInProgress(event.getSession());
            pending.added(entityName, event.getId());
            noted.relatedChanged(pending, event.getPersister(), entityName, event.getState(), null, event.getSession());
        }
    }

    private static final class Updated extends EnversPostUpdateEventListenerImpl {
        private final Noted noted;

        Updated(Noted noted) {
            super(noted.envers());
            this.noted = noted;
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            String entityName = event.getPersister().getEntityName();
            PendingAuditRows pending = noted.in(event.getSession(), entityName);
            if (pending == null) {
                super.onPostUpdate(event);
                return;
            }
            checkIfTransactionInProgress(event.getSession());
            // As Envers: a revision only when an audited property changed (without the old state, assume one did).
            boolean changed = event.getOldState() == null
                    || noted.envers()
                            .getEntitiesConfigurations()
                            .get(entityName)
                            .getPropertyMapper()
                            .map(
                                    event.getSession(),
                                    new HashMap<>(),
                                    event.getPersister().getPropertyNames(),
                                    event.getState(),
                                    event.getOldState());
            if (changed) {
                pending.modified(entityName, event.getId());
                noted.relatedChanged(
                        pending,
                        event.getPersister(),
                        entityName,
                        event.getState(),
                        event.getOldState(),
                        event.getSession());
            }
        }
    }

    private static final class Deleted extends EnversPostDeleteEventListenerImpl {
        private final Noted noted;

        Deleted(Noted noted) {
            super(noted.envers());
            this.noted = noted;
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            String entityName = event.getPersister().getEntityName();
            PendingAuditRows pending = noted.in(event.getSession(), entityName);
            if (pending == null) {
                super.onPostDelete(event);
                return;
            }
            checkIfTransactionInProgress(event.getSession());
            boolean insertedHere = pending.isAdded(entityName, event.getId());
            pending.deleted(entityName, event.getId());
            if (!insertedHere) {
                // Envers keeps the state at deletion (store_data_at_delete); an insert deleted again leaves no row.
                noted.envers()
                        .getAuditProcessManager()
                        .get(event.getSession())
                        .addWorkUnit(new DelWorkUnit(
                                event.getSession(),
                                entityName,
                                noted.envers(),
                                event.getId(),
                                event.getPersister(),
                                event.getDeletedState()));
            }
            noted.relatedChanged(
                    pending, event.getPersister(), entityName, null, event.getDeletedState(), event.getSession());
        }
    }

    // Every audited collection here is the inverse side of a relation, for which Envers writes no rows of its own
    // (Noted.leftToEnvers).

    private static final class CollectionRecreated extends EnversPostCollectionRecreateEventListenerImpl {
        private final Noted noted;

        CollectionRecreated(Noted noted) {
            super(noted.envers());
            this.noted = noted;
        }

        @Override
        public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
            if (noted.leftToEnvers(event, getCollectionEntry(event))) {
                super.onPostRecreateCollection(event);
            }
        }
    }

    private static final class CollectionRemoved extends EnversPreCollectionRemoveEventListenerImpl {
        private final Noted noted;

        CollectionRemoved(Noted noted) {
            super(noted.envers());
            this.noted = noted;
        }

        @Override
        public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
            if (noted.leftToEnvers(event, getCollectionEntry(event))) {
                super.onPreRemoveCollection(event);
            }
        }
    }

    private static final class CollectionUpdated extends EnversPreCollectionUpdateEventListenerImpl {
        private final Noted noted;

        CollectionUpdated(Noted noted) {
            super(noted.envers());
            this.noted = noted;
        }

        @Override
        public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
            if (noted.leftToEnvers(event, getCollectionEntry(event))) {
                super.onPreUpdateCollection(event);
            }
        }
    }
}
