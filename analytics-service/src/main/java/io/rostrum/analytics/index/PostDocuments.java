package io.rostrum.analytics.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostObserved;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Classified posts as documents in the month index of their creation: a post's creation time never changes, so
 * every observation of it upserts the same document.
 */
@Component
class PostDocuments implements DocumentMapping<PostClassified> {

    private final ElasticsearchClient elasticsearch;
    private final IndexNames names;
    private final AnsweredReplies answeredReplies;

    PostDocuments(ElasticsearchClient elasticsearch, IndexNames names, AnsweredReplies answeredReplies) {
        this.elasticsearch = elasticsearch;
        this.names = names;
        this.answeredReplies = answeredReplies;
    }

    @Override
    public List<Document> documents(List<PostClassified> values) throws IOException {
        Map<String, StakeholderReply> answered = answeredReplies.of(values.stream().map(PostClassified::post)
                .toList());
        return values.stream().map(classified -> {
            PostObserved post = classified.post();
            PostDocument document = PostDocument.of(classified, answered.get(post.postKey()));
            return new Document(new Address(names.posts(post.createdAt()), document.postKey()), document.version(),
                    document);
        }).toList();
    }

    /** Looks the documents up through the alias, since a key alone does not tell which month holds them. */
    @Override
    public List<Address> addressesOf(List<String> deletedKeys) throws IOException {
        return elasticsearch.search(search -> search.index(names.posts()).size(deletedKeys.size())
                        .source(source -> source.fetch(false))
                        .query(query -> query.ids(ids -> ids.values(deletedKeys))), Void.class)
                .hits().hits().stream().map(hit -> new Address(hit.index(), hit.id())).toList();
    }
}
