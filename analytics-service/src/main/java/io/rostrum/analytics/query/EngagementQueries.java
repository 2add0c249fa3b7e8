package io.rostrum.analytics.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.rostrum.analytics.index.IndexNames;
import io.rostrum.analytics.index.IndexTemplates;
import io.rostrum.analytics.index.PostDocument;
import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.events.PostKind;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Read-only questions about the indexed data. Every value from a caller reaches Elasticsearch as a term in the
 * typed query DSL, never spliced into query text.
 */
@Component
public class EngagementQueries {

    private static final int MAX_EXECUTIVES = 1_000;

    private final ElasticsearchClient elasticsearch;
    private final IndexNames names;
    private final IndexTemplates templates;

    EngagementQueries(ElasticsearchClient elasticsearch, IndexNames names, IndexTemplates templates) {
        this.elasticsearch = elasticsearch;
        this.names = names;
        this.templates = templates;
    }

    public List<ExecutiveSummary> executives() throws IOException {
        templates.ensureInstalled();
        Map<String, Map<String, Long>> kindCounts = new HashMap<>();
        Map<String, Instant> lastPosts = new HashMap<>();
        SearchResponse<Void> footprint = elasticsearch.search(search -> search.index(names.posts()).size(0)
                .aggregations("executives", executives -> executives
                        .terms(terms -> terms.field("executiveId").size(MAX_EXECUTIVES))
                        .aggregations("kinds", kinds -> kinds.terms(terms -> terms.field("kind").size(10)))
                        .aggregations("ownPosts", own -> own
                                .filter(filter -> filter.term(term -> term.field("byExecutive").value(true)))
                                .aggregations("last", last -> last.max(max -> max.field("createdAt"))))),
                Void.class);
        for (StringTermsBucket executive : footprint.aggregations().get("executives").sterms().buckets().array()) {
            String id = executive.key().stringValue();
            Map<String, Long> kinds = new HashMap<>();
            executive.aggregations().get("kinds").sterms().buckets().array()
                    .forEach(kind -> kinds.put(kind.key().stringValue(), kind.docCount()));
            kindCounts.put(id, kinds);
            double last = executive.aggregations().get("ownPosts").filter().aggregations().get("last").max().value();
            if (Double.isFinite(last)) {
                lastPosts.put(id, Instant.ofEpochMilli((long) last));
            }
        }
        return registeredExecutives().stream().map(executive -> {
            Map<String, Long> kinds = kindCounts.getOrDefault(executive.executiveId(), Map.of());
            return new ExecutiveSummary(executive.executiveId(), executive.displayName(), executive.role(),
                    executive.organization(),
                    executive.accounts().stream().map(ExecutiveRegistered.Account::platform).distinct().toList(),
                    kinds.getOrDefault(PostKind.EXECUTIVE_POST.id(), 0L),
                    kinds.getOrDefault(PostKind.EXECUTIVE_REPLY.id(), 0L),
                    kinds.getOrDefault(PostKind.REPOST.id(), 0L),
                    kinds.getOrDefault(PostKind.STAKEHOLDER_REPLY.id(), 0L),
                    lastPosts.get(executive.executiveId()));
        }).sorted(Comparator.comparing(ExecutiveSummary::displayName)).toList();
    }

    /** The executive's own most recent posts, replies and reposts, newest first. */
    public List<PostDocument> latestPosts(String executiveId, int size) throws IOException {
        templates.ensureInstalled();
        Query ofExecutive = Query.of(query -> query.bool(bool -> bool
                .filter(filter -> filter.term(term -> term.field("executiveId").value(executiveId)))
                .filter(filter -> filter.term(term -> term.field("byExecutive").value(true)))));
        return elasticsearch.search(search -> search.index(names.posts()).query(ofExecutive).size(size)
                        .sort(sort -> sort.field(field -> field.field("createdAt").order(SortOrder.Desc))),
                PostDocument.class).hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
    }

    public IndexStats stats() throws IOException {
        templates.ensureInstalled();
        return new IndexStats(count(Query.of(query -> query.matchAll(all -> all))),
                count(Query.of(query -> query.term(term -> term.field("byExecutive").value(true)))),
                count(Query.of(query -> query.term(term -> term.field("kind")
                        .value(PostKind.STAKEHOLDER_REPLY.id())))),
                count(Query.of(query -> query.bool(bool -> bool
                        .mustNot(not -> not.exists(exists -> exists.field("approaches")))))));
    }

    private long count(Query query) throws IOException {
        return elasticsearch.count(count -> count.index(names.posts()).query(query)).count();
    }

    private List<ExecutiveRegistered> registeredExecutives() throws IOException {
        return elasticsearch.search(search -> search.index(names.executives()).size(MAX_EXECUTIVES),
                ExecutiveRegistered.class).hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
    }
}
