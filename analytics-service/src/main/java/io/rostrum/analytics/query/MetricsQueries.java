package io.rostrum.analytics.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.rostrum.analytics.index.IndexNames;
import io.rostrum.analytics.index.IndexTemplates;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The dashboard's metrics: every figure is an Elasticsearch aggregation, and each call is a single search request
 * with {@code size=0}, so the cost grows with the number of buckets, not with the number of documents.
 */
@Component
public class MetricsQueries {

    private static final String EXECUTIVES = "executives";

    private final ElasticsearchClient elasticsearch;
    private final IndexNames names;
    private final IndexTemplates templates;

    MetricsQueries(ElasticsearchClient elasticsearch, IndexNames names, IndexTemplates templates) {
        this.elasticsearch = elasticsearch;
        this.names = names;
        this.templates = templates;
    }

    public MetricsReport metrics(MetricsQuery query) throws IOException {
        Window window = query.window();
        Map<String, Aggregate> report = search(metricsRequest(names, query));
        MetricsResults results = new MetricsResults(report, window, query.interval());
        return new MetricsReport(query.executiveId(), query.platform(), window.from(), window.to(),
                window.zone().getId(), query.interval(), results.total(), results.buckets(), results.platforms());
    }

    /**
     * The one search behind {@link #metrics}; public so the query benchmark can send the very same request to
     * Elasticsearch directly and compare.
     */
    public static SearchRequest metricsRequest(IndexNames names, MetricsQuery query) {
        Window window = query.window();
        List<String> executives = query.executiveId() == null ? List.of() : List.of(query.executiveId());
        return request(names, MetricsAggregations.scope(executives, query.platform(), window),
                MetricsAggregations.report(window, query.interval(), query.byPlatform(),
                        query.executiveId() != null));
    }

    /** One request: a bucket per executive (present even without documents), each holding a whole report. */
    public Comparison compare(ComparisonQuery query) throws IOException {
        Window window = query.window();
        Map<String, Query> perExecutive = new LinkedHashMap<>();
        query.executiveIds().forEach(id -> perExecutive.put(id, Query.of(filter -> filter.term(term -> term
                .field("executiveId").value(id)))));
        Map<String, FiltersBucket> buckets = search(request(names, MetricsAggregations.scope(query.executiveIds(), null,
                        window), Map.of(EXECUTIVES, Aggregation.of(aggregation -> aggregation
                        .filters(filters -> filters.filters(keyed -> keyed.keyed(perExecutive)))
                        .aggregations(MetricsAggregations.report(window, query.interval(), false, true))))))
                .get(EXECUTIVES).filters().buckets().keyed();
        return new Comparison(window.from(), window.to(), window.zone().getId(), query.interval(),
                query.executiveIds().stream().map(id -> {
                    MetricsResults results = new MetricsResults(buckets.get(id).aggregations(), window,
                            query.interval());
                    return new Comparison.ExecutiveMetrics(id, results.total(), results.buckets());
                }).toList());
    }

    private Map<String, Aggregate> search(SearchRequest request) throws IOException {
        templates.ensureInstalled();
        return elasticsearch.search(request, Void.class).aggregations();
    }

    private static SearchRequest request(IndexNames names, Query scope, Map<String, Aggregation> aggregations) {
        // pre-filtering lets every monthly index outside the window answer "no match" without aggregating
        return SearchRequest.of(search -> search.index(names.posts()).size(0).preFilterShardSize(1L)
                .trackTotalHits(total -> total.enabled(false)).query(scope).aggregations(aggregations));
    }
}
