package io.rostrum.ingest.config;

import io.rostrum.ingest.connector.bluesky.BlueskyConnector;
import io.rostrum.ingest.connector.bluesky.BlueskyProperties;
import io.rostrum.ingest.connector.feed.FeedConnector;
import io.rostrum.ingest.connector.feed.FeedProperties;
import io.rostrum.ingest.connector.mastodon.MastodonConnector;
import io.rostrum.ingest.connector.mastodon.MastodonProperties;
import io.rostrum.ingest.importer.ExportImporters;
import io.rostrum.support.outbound.OutboundPolicy;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform connectors the poller uses, the export importers the import API offers, and the outbound policy
 * both the connectors and the registry hold platform URLs to.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorsConfig {

    @Bean
    OutboundPolicy outboundPolicy(IngestProperties properties) {
        return new OutboundPolicy(properties.outbound(), "rostrum.ingest.outbound");
    }

    @Bean
    MastodonConnector mastodonConnector(WebClient.Builder webClients, MastodonProperties properties,
                                        OutboundPolicy outbound) {
        return new MastodonConnector(webClients, Clock.systemUTC(), properties, outbound);
    }

    @Bean
    BlueskyConnector blueskyConnector(WebClient.Builder webClients, BlueskyProperties properties,
                                      OutboundPolicy outbound) {
        return new BlueskyConnector(webClients, Clock.systemUTC(), properties, outbound);
    }

    @Bean
    FeedConnector feedConnector(WebClient.Builder webClients, FeedProperties properties, OutboundPolicy outbound) {
        return new FeedConnector(webClients, Clock.systemUTC(), properties, outbound);
    }

    @Bean
    ExportImporters exportImporters(JsonMapper json) {
        return ExportImporters.standard(json, Clock.systemUTC());
    }
}
