package io.rostrum.analytics.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import co.elastic.clients.elasticsearch.indices.put_index_template.IndexTemplateMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Installs the index templates (explicit mappings) and creates the indices. Done lazily before the first write
 * or query rather than at start-up, so the service starts, and its consumers wait, while Elasticsearch is down.
 *
 * <p>Post month indices are created by the first write into them; the template puts each into the read alias.
 * The current month's index is created here all the same, because an alias exists only while an index carries it
 * and queries must find one even before the first post arrives.
 */
@Component
public class IndexTemplates {

    private static final Logger log = LoggerFactory.getLogger(IndexTemplates.class);

    private final ElasticsearchClient elasticsearch;
    private final IndexNames names;
    private volatile boolean installed;

    public IndexTemplates(ElasticsearchClient elasticsearch, IndexNames names) {
        this.elasticsearch = elasticsearch;
        this.names = names;
    }

    public void ensureInstalled() throws IOException {
        if (installed) {
            return;
        }
        synchronized (this) {
            if (!installed) {
                installPostsTemplate();
                install("elasticsearch/executives-template.json", names.executives());
                install("elasticsearch/alerts-template.json", names.alerts());
                create(names.executives());
                create(names.alerts());
                create(names.posts(Instant.now()));
                installed = true;
            }
        }
    }

    private void installPostsTemplate() throws IOException {
        IndexTemplateMapping fromFile = read("elasticsearch/posts-template.json", names.posts());
        elasticsearch.indices().putIndexTemplate(request -> request.name(names.posts())
                .indexPatterns(names.postsPattern())
                .template(template -> template.settings(fromFile.settings()).mappings(fromFile.mappings())
                        .aliases(names.posts(), alias -> alias)));
    }

    private void install(String template, String index) throws IOException {
        IndexTemplateMapping fromFile = read(template, index);
        elasticsearch.indices().putIndexTemplate(request -> request.name(index).indexPatterns(index)
                .template(fromFile));
    }

    private static IndexTemplateMapping read(String template, String name) throws IOException {
        try (InputStream json = new ClassPathResource(template).getInputStream()) {
            IndexTemplateMapping mapping = PutIndexTemplateRequest.of(request -> request.withJson(json).name(name))
                    .template();
            if (mapping == null) {
                throw new IllegalStateException(template + " has no \"template\" section");
            }
            return mapping;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void create(String index) throws IOException {
        if (elasticsearch.indices().exists(request -> request.index(index)).value()) {
            return;
        }
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
