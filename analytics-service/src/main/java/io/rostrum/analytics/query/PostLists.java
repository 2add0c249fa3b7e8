package io.rostrum.analytics.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.rostrum.analytics.index.IndexNames;
import io.rostrum.analytics.index.IndexTemplates;
import io.rostrum.analytics.index.PostDocument;
import io.rostrum.events.PostKind;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The dashboard's post tables: posts with the sentiment of the stakeholder replies to each. Two searches: the
 * posts, then one aggregation over the replies to exactly those posts.
 */
@Component
public class PostLists {

    private final ElasticsearchClient elasticsearch;
    private final IndexNames names;
    private final IndexTemplates templates;

    PostLists(ElasticsearchClient elasticsearch, IndexNames names, IndexTemplates templates) {
        this.elasticsearch = elasticsearch;
        this.names = names;
        this.templates = templates;
    }

    public List<RespondedPost> find(PostListQuery query) throws IOException {
        templates.ensureInstalled();
        List<PostDocument> posts = elasticsearch.search(search -> search.index(names.posts()).query(selection(query))
                        .size(query.size())
                        .sort(sort -> sort.field(field -> field.field("createdAt").order(SortOrder.Desc))),
                PostDocument.class).hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
        Map<String, NetSentiment> replies = repliesTo(posts.stream().map(PostDocument::postKey).toList());
        NetSentiment none = NetSentiment.of(SentimentCounts.NONE);
        return posts.stream().map(post -> new RespondedPost(post, replies.getOrDefault(post.postKey(), none)))
                .toList();
    }

    private static Query selection(PostListQuery query) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (!query.postKeys().isEmpty()) {
            bool.filter(filter -> filter.ids(ids -> ids.values(query.postKeys())));
        } else {
            bool.filter(filter -> filter.term(term -> term.field("byExecutive").value(true)));
        }
        if (query.executiveId() != null) {
            bool.filter(filter -> filter.term(term -> term.field("executiveId").value(query.executiveId())));
        }
        Window window = query.window();
        if (window != null) {
            bool.filter(filter -> filter.range(range -> range.untyped(created -> created.field("createdAt")
                    .gte(JsonData.of(window.start().toString())).lt(JsonData.of(window.end().toString())))));
        }
        return bool.build()._toQuery();
    }

    private Map<String, NetSentiment> repliesTo(List<String> postKeys) throws IOException {
        if (postKeys.isEmpty()) {
            return Map.of();
        }
        List<FieldValue> keys = postKeys.stream().map(FieldValue::of).toList();
        var response = elasticsearch.search(search -> search.index(names.posts()).size(0)
                .query(query -> query.bool(bool -> bool
                        .filter(filter -> filter.term(term -> term.field("kind")
                                .value(PostKind.STAKEHOLDER_REPLY.id())))
                        .filter(filter -> filter.terms(terms -> terms.field("inReplyToKey")
                                .terms(values -> values.value(keys))))))
                .aggregations("posts", posts -> posts.terms(terms -> terms.field("inReplyToKey").size(keys.size()))
                        .aggregations("sentiment", sentiment -> sentiment.terms(terms -> terms
                                .field("sentimentClass").size(3)))), Void.class);
        Map<String, NetSentiment> byPost = new HashMap<>();
        for (StringTermsBucket post : response.aggregations().get("posts").sterms().buckets().array()) {
            byPost.put(post.key().stringValue(),
                    NetSentiment.of(SentimentCounts.ofClasses(post.aggregations().get("sentiment"))));
        }
        return byPost;
    }
}
