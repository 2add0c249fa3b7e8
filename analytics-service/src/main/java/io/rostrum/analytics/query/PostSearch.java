package io.rostrum.analytics.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import co.elastic.clients.util.NamedValue;
import io.rostrum.analytics.index.IndexNames;
import io.rostrum.analytics.index.IndexTemplates;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Full-text search over the posts' text. The words go to Elasticsearch as a simple query string (which never
 * fails on stray syntax) and every filter as a term in the typed query DSL; highlights use the HTML encoder so the
 * untrusted text comes back escaped.
 */
@Component
public class PostSearch {

    private static final List<String> FIELDS = List.of("postKey", "executiveId", "createdAt", "platform", "kind",
            "approaches", "probabilities", "url", "text");
    private static final int FRAGMENTS = 3;
    private static final int FRAGMENT_CHARACTERS = 160;

    private final ElasticsearchClient elasticsearch;
    private final IndexNames names;
    private final IndexTemplates templates;

    PostSearch(ElasticsearchClient elasticsearch, IndexNames names, IndexTemplates templates) {
        this.elasticsearch = elasticsearch;
        this.names = names;
        this.templates = templates;
    }

    public SearchPage search(PostSearchQuery query) throws IOException {
        templates.ensureInstalled();
        SearchResponse<Source> response = elasticsearch.search(request(query), Source.class);
        List<FoundPost> posts = response.hits().hits().stream().filter(hit -> hit.source() != null)
                .map(PostSearch::found).toList();
        var total = Objects.requireNonNull(response.hits().total());
        return new SearchPage(total.value(), total.relation() == TotalHitsRelation.Eq, query.page(), query.size(),
                posts);
    }

    private SearchRequest request(PostSearchQuery query) {
        return SearchRequest.of(search -> {
            search.index(names.posts()).from(query.page() * query.size()).size(query.size())
                    .query(where -> where.bool(bool -> filtered(bool, query)))
                    .source(source -> source.filter(filter -> filter.includes(FIELDS)));
            if (query.text() != null) {
                search.sort(sort -> sort.score(score -> score.order(SortOrder.Desc)))
                        .highlight(highlight -> highlight.encoder(HighlighterEncoder.Html)
                                .fields(NamedValue.of("text", HighlightField.of(field -> field
                                        .numberOfFragments(FRAGMENTS).fragmentSize(FRAGMENT_CHARACTERS)))));
            }
            return search.sort(sort -> sort.field(field -> field.field("createdAt").order(SortOrder.Desc)));
        });
    }

    private static BoolQuery.Builder filtered(BoolQuery.Builder bool, PostSearchQuery query) {
        if (query.text() != null) {
            bool.must(must -> must.simpleQueryString(words -> words.query(query.text()).fields("text")
                    .defaultOperator(Operator.And)));
        }
        term(bool, "executiveId", query.executiveId());
        term(bool, "approaches", query.approach());
        term(bool, "kind", query.kind());
        term(bool, "platform", query.platform());
        if (query.createdFrom() != null || query.createdBefore() != null) {
            bool.filter(filter -> filter.range(range -> range.date(date -> {
                date.field("createdAt");
                if (query.createdFrom() != null) {
                    date.gte(query.createdFrom().toString());
                }
                if (query.createdBefore() != null) {
                    date.lt(query.createdBefore().toString());
                }
                return date;
            })));
        }
        return bool;
    }

    private static void term(BoolQuery.Builder bool, String field, @Nullable String value) {
        if (value != null) {
            bool.filter(filter -> filter.term(term -> term.field(field).value(value)));
        }
    }

    private static FoundPost found(Hit<Source> hit) {
        Source post = Objects.requireNonNull(hit.source());
        return new FoundPost(post.postKey(), post.executiveId(), post.createdAt(), post.platform(), post.kind(),
                post.approaches() == null ? List.of() : post.approaches(),
                post.probabilities() == null ? Map.of() : post.probabilities(), post.url(), post.text(),
                hit.highlight().getOrDefault("text", List.of()));
    }

    /** The stored fields a hit shows. */
    record Source(String postKey, String executiveId, Instant createdAt, String platform, String kind,
                  @Nullable List<String> approaches, @Nullable Map<String, Double> probabilities,
                  @Nullable String url, String text) {
    }
}
