package dk.punkt.search.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Registers Punkt's Danish analyzers with the Lucene backend (configured in application.properties as
 * {@code hibernate.search.backend.analysis.configurer}). The Elasticsearch/OpenSearch backend needs the same chain
 * as index settings instead; see docs/decisions-search.md.
 */
public class DanishAnalysisConfigurer implements LuceneAnalysisConfigurer {

    static final String LOWERCASE = "lowercase";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(DanishAnalyzers.INDEX).instance(DanishAnalyzers.index());
        context.analyzer(DanishAnalyzers.QUERY).instance(DanishAnalyzers.query());
        context.normalizer(LOWERCASE).custom().tokenFilter("lowercase");
    }
}
