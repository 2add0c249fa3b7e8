package io.rostrum.analytics.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Installs the index templates (explicit mappings) and creates the indices. Done lazily before the first write
 * or query rather than at start-up, so the service starts, and its consumers wait, while Elasticsearch is down.
 */
@Component
public class IndexTemplates {

    private static final Logger log = LoggerFactory.getLogger(IndexTemplates.class);

    private final ElasticsearchClient elasticsearch;
    private final IndexNames names;
    private volatile boolean installed;

    IndexTemplates(ElasticsearchClient elasticsearch, IndexNames names) {
        this.elasticsearch = elasticsearch;
        this.names = names;
    }

    public void ensureInstalled() throws IOException {
        if (installed) {
            return;
        }
        synchronized (this) {
            if (!installed) {
                install("elasticsearch/posts-template.json", names.posts());
                install("elasticsearch/executives-template.json", names.executives());
                install("elasticsearch/alerts-template.json", names.alerts());
                installed = true;
            }
        }
    }

    private void install(String template, String index) throws IOException {
        try (InputStream json = new ClassPathResource(template).getInputStream()) {
            elasticsearch.indices().putIndexTemplate(request -> request.withJson(json).name(index)
                    .indexPatterns(index + "*"));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!elasticsearch.indices().exists(request -> request.index(index)).value()) {
            try {
                elasticsearch.indices().create(request -> request.index(index));
                log.info("Created index {} from its template", index);
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
    }
}
