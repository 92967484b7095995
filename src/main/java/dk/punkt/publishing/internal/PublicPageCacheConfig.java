package dk.punkt.publishing.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.event.TransactionalEventListener;

/** Wires the public page cache in front of every other filter and evicts it on events. */
@Configuration
class PublicPageCacheConfig {

    @Bean
    PublicPageCache publicPageCache(@Value("${punkt.public-page-cache.time-to-live:30s}") Duration timeToLive) {
        return new PublicPageCache(timeToLive, System::nanoTime);
    }

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache cache) {
        FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
        registration.setUrlPatterns(List.of("/offentlig/moeder/*"));
        // First of all filters: a shared page needs none of them (no security decision, no request metrics; the
        // application exposes only health and info).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    PublicPageCacheEviction publicPageCacheEviction(PublicPageCache cache) {
        return new PublicPageCacheEviction(cache);
    }

    /**
     * Every domain event empties the cache once its transaction has committed: the events are few (a publication, a
     * decision, an approval) and a page costs one render to rebuild, so telling which meeting each event touches is
     * not worth the risk of missing one.
     */
    static final class PublicPageCacheEviction {

        private final PublicPageCache cache;

        PublicPageCacheEviction(PublicPageCache cache) {
            this.cache = cache;
        }

        @TransactionalEventListener(fallbackExecution = true)
        void on(Object event) {
            if (event.getClass().getName().startsWith("dk.punkt.")) {
                cache.evictAll();
            }
        }
    }
}
