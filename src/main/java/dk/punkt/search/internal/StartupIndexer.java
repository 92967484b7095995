package dk.punkt.search.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the demo loader (order 10): a database whose entries are missing, or whose index lost documents (a deleted
 * or new index directory), is indexed at start-up. On an ordinary start both agree and nothing happens; the demo's
 * meetings were indexed by their events already. {@code punkt.search.startup-reindex=false} switches the check off:
 * the search benchmark serves an index whose documents have no database rows, which the check would purge.
 */
@Component
@ConditionalOnProperty(name = "punkt.search.startup-reindex", havingValue = "true", matchIfMissing = true)
@Order(20)
class StartupIndexer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupIndexer.class);

    private final SearchEntryRepository entries;

    @PersistenceContext
    private EntityManager entityManager;

    private final ReindexJob job;
    private final TransactionTemplate transaction;

    StartupIndexer(SearchEntryRepository entries, ReindexJob job, TransactionTemplate transaction) {
        this.entries = entries;
        this.job = job;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        long rows = entries.count();
        long documents = transaction.execute(status -> Search.session(entityManager)
                .search(SearchEntry.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount());
        if (rows == 0 || rows != documents) {
            log.info("Rebuilding the search index ({} entry rows, {} documents in the index)", rows, documents);
            job.run(documents == 0, progress -> {});
        } else if (documents > 0 && withoutFacetKey()) {
            log.info("Rebuilding the search index: it was written before the facet field '{}'", FacetKey.FIELD);
            job.run(true, progress -> {});
        }
    }

    /**
     * An index written before the facets moved to one packed value ({@link FacetKey}) has documents but no facet key;
     * searches would then show no facets until a reindex, so the start-up does it with the mass indexer, which drops
     * and recreates the index: Lucene cannot change a field's doc-values kind in place.
     */
    private boolean withoutFacetKey() {
        AggregationKey<Map<Long, Long>> codes = AggregationKey.of("codes");
        return transaction
                .execute(status -> Search.session(entityManager)
                        .search(SearchEntry.class)
                        .where(f -> f.matchAll())
                        .aggregation(
                                codes,
                                f -> f.terms().field(FacetKey.FIELD, Long.class).maxTermCount(1))
                        .fetch(0)
                        .aggregation(codes))
                .isEmpty();
    }
}
