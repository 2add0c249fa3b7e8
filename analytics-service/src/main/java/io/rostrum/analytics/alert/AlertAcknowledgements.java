package io.rostrum.analytics.alert;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.rostrum.analytics.index.IndexNames;
import io.rostrum.analytics.index.IndexTemplates;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Records who acknowledged an alert and when. The first acknowledgement stands: the update is conditional on the
 * document being unchanged since it was read (optimistic concurrency, no scripts), so of two people acknowledging
 * at once one wins and the other is shown the winner's acknowledgement. The write is visible to searches before
 * this returns, since the person acknowledging reads the list straight after.
 */
@Component
public class AlertAcknowledgements {

    private static final int CONFLICT = 409;

    private final ElasticsearchClient elasticsearch;
    private final IndexNames names;
    private final IndexTemplates templates;

    AlertAcknowledgements(ElasticsearchClient elasticsearch, IndexNames names, IndexTemplates templates) {
        this.elasticsearch = elasticsearch;
        this.names = names;
        this.templates = templates;
    }

    /** @return the alert as acknowledged, first acknowledgement kept; empty when there is no such alert */
    public Optional<AlertDocument> acknowledge(String alertId, String by) throws IOException {
        templates.ensureInstalled();
        while (true) {
            GetResponse<AlertDocument> current = elasticsearch.get(get -> get.index(names.alerts()).id(alertId),
                    AlertDocument.class);
            AlertDocument alert = current.source();
            if (!current.found() || alert == null) {
                return Optional.empty();
            }
            if (alert.acknowledgedAt() != null) {
                return Optional.of(alert);
            }
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            try {
                elasticsearch.update(update -> update.index(names.alerts()).id(alertId)
                        .ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm())
                        .doc(Map.of("acknowledgedAt", at.toString(), "acknowledgedBy", by))
                        .refresh(Refresh.WaitFor), AlertDocument.class);
                return Optional.of(new AlertDocument(alert.alertId(), alert.raisedAt(), alert.executiveId(),
                        alert.type(), alert.summary(), alert.figures(), alert.evidencePostKeys(), at, by));
            } catch (ElasticsearchException e) {
                if (e.status() != CONFLICT) {
                    throw e;
                }
                // someone changed it since we read it: read again, and most likely find their acknowledgement
            }
        }
    }
}
