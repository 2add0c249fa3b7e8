package io.rostrum.analytics.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Drops post month indices once all of their month is older than the configured retention. Dropping a whole index
 * by name is the cheapest deletion Elasticsearch has, and works on the minimal distribution, which has neither
 * ILM nor delete-by-query and refuses wildcard deletes. Without a retention nothing is scheduled.
 */
@Component
class PostIndexRetention implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PostIndexRetention.class);

    private final ElasticsearchClient elasticsearch;
    private final IndexNames names;
    private final IndexingProperties properties;
    private final Clock clock = Clock.systemUTC();

    PostIndexRetention(ElasticsearchClient elasticsearch, IndexNames names, IndexingProperties properties) {
        this.elasticsearch = elasticsearch;
        this.names = names;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Period retention = properties.retention();
        if (retention != null) {
            registrar.addFixedDelayTask(() -> dropExpired(retention), properties.retentionCheck());
        }
    }

    /**
     * Deletes the month indices whose month ended before {@code cutoff}.
     *
     * @return the indices deleted
     */
    List<String> deleteMonthsEndedBefore(Instant cutoff) throws IOException {
        YearMonth firstKept = YearMonth.from(cutoff.atOffset(ZoneOffset.UTC));
        List<String> expired = elasticsearch.indices().resolveIndex(resolve -> resolve.name(names.postsPattern()))
                .indices().stream().map(index -> index.name())
                .filter(index -> names.monthOf(index).filter(month -> month.isBefore(firstKept)).isPresent())
                .sorted().toList();
        if (!expired.isEmpty()) {
            elasticsearch.indices().delete(delete -> delete.index(expired).ignoreUnavailable(true));
            log.info("Deleted post indices past retention: {}", expired);
        }
        return expired;
    }

    private void dropExpired(Period retention) {
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(retention).toInstant();
        try {
            deleteMonthsEndedBefore(cutoff);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete post indices past retention, trying again in {}: {}",
                    properties.retentionCheck(), e.toString());
        }
    }
}
