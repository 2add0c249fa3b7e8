package io.rostrum.analytics.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * {@code rostrum.analytics.elasticsearch.reachable}: 1 when Elasticsearch answers a ping at scrape time, 0 when it
 * does not. Bulk failures only show an outage while there is something to index; this shows it when all is quiet.
 */
@Component
class ElasticsearchReachability {

    ElasticsearchReachability(ElasticsearchClient elasticsearch, MeterRegistry meters) {
        Gauge.builder("rostrum.analytics.elasticsearch.reachable", elasticsearch, ElasticsearchReachability::ping)
                .description("1 when Elasticsearch answers a ping, 0 when it does not").register(meters);
    }

    private static double ping(ElasticsearchClient elasticsearch) {
        try {
            return elasticsearch.ping().value() ? 1 : 0;
        } catch (IOException | RuntimeException unreachable) {
            return 0;
        }
    }
}
