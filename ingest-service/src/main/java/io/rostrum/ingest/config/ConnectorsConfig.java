package io.rostrum.ingest.config;

import io.rostrum.ingest.connector.bluesky.BlueskyConnector;
import io.rostrum.ingest.connector.bluesky.BlueskyProperties;
import io.rostrum.ingest.connector.feed.FeedConnector;
import io.rostrum.ingest.connector.mastodon.MastodonConnector;
import io.rostrum.ingest.connector.mastodon.MastodonProperties;
import io.rostrum.ingest.importer.ExportImporters;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

/** The platform connectors the poller uses, and the export importers the import API offers. */
@Configuration(proxyBeanMethods = false)
class ConnectorsConfig {

    @Bean
    MastodonConnector mastodonConnector(WebClient.Builder webClients, MastodonProperties properties) {
        return new MastodonConnector(webClients, Clock.systemUTC(), properties);
    }

    @Bean
    BlueskyConnector blueskyConnector(WebClient.Builder webClients, BlueskyProperties properties) {
        return new BlueskyConnector(webClients, Clock.systemUTC(), properties);
    }

    @Bean
    FeedConnector feedConnector(WebClient.Builder webClients) {
        return new FeedConnector(webClients, Clock.systemUTC());
    }

    @Bean
    ExportImporters exportImporters(JsonMapper json) {
        return ExportImporters.standard(json, Clock.systemUTC());
    }
}
