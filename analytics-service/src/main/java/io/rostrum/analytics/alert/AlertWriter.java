package io.rostrum.analytics.alert;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.rostrum.analytics.index.IndexNames;
import io.rostrum.analytics.index.IndexTemplates;
import io.rostrum.analytics.index.RetryableIndexingException;
import io.rostrum.events.AlertRaised;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes alerts to the alerts index with id = alert id, as create-only operations: a replayed alert finds its
 * document already there and leaves it, acknowledgement included, untouched.
 */
@Component
class AlertWriter {

    private static final int ALREADY_INDEXED = 409;
    private static final int TOO_MANY_REQUESTS = 429;

    private final ElasticsearchClient elasticsearch;
    private final IndexNames names;
    private final IndexTemplates templates;

    AlertWriter(ElasticsearchClient elasticsearch, IndexNames names, IndexTemplates templates) {
        this.elasticsearch = elasticsearch;
        this.names = names;
        this.templates = templates;
    }

    /** What became of a batch once Elasticsearch acknowledged it. */
    record Written(List<AlertRaised> created, List<AlertRaised> alreadyIndexed, List<Refusal> refused) {
    }

    /** An alert Elasticsearch refused for good (a mapping error, say); retrying it would fail the same way. */
    record Refusal(AlertRaised alert, String reason) {
    }

    /**
     * @throws IOException                when Elasticsearch cannot be reached
     * @throws RetryableIndexingException when it is overloaded or failing: the whole batch should be retried
     */
    Written write(List<AlertRaised> alerts) throws IOException {
        if (alerts.isEmpty()) {
            return new Written(List.of(), List.of(), List.of());
        }
        templates.ensureInstalled();
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (AlertRaised alert : alerts) {
            bulk.operations(operation -> operation.create(create -> create.index(names.alerts()).id(alert.alertId())
                    .document(AlertDocument.unacknowledged(alert))));
        }
        BulkResponse response = elasticsearch.bulk(bulk.build());
        List<AlertRaised> created = new ArrayList<>();
        List<AlertRaised> alreadyIndexed = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
            BulkResponseItem item = response.items().get(i);
            AlertRaised alert = alerts.get(i);
            if (item.error() == null) {
                created.add(alert);
            } else if (item.status() == ALREADY_INDEXED) {
                alreadyIndexed.add(alert);
            } else if (item.status() == TOO_MANY_REQUESTS || item.status() >= 500) {
                throw new RetryableIndexingException("Elasticsearch refused an alert with status " + item.status()
                        + " (" + item.error().type() + "); retrying the batch");
            } else {
                refused.add(new Refusal(alert, item.error().type() + ": " + item.error().reason()));
            }
        }
        return new Written(created, alreadyIndexed, refused);
    }
}
