package io.rostrum.analytics.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetRequest;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Finds the stakeholder reply each executive reply of a batch answers, so responsiveness is a filter on indexed
 * fields instead of a join at query time. Parents in the same batch are taken from it; the rest are fetched by id
 * in one multi-get from the month indices they can be in (the answer's month and the two before it). A get is
 * real-time, so replies indexed by an earlier poll are found without waiting for a refresh.
 *
 * <p>A parent that is not indexed (the executive answered a post Rostrum never saw, or a reply that arrives
 * later) leaves the answer unlinked rather than guessed: the link fills in when the executive reply is observed
 * again, as it is each time its metrics are refreshed. An answer more than two calendar months after the reply is
 * left unlinked too; responsiveness counts answers within 48 hours.
 */
@Component
class AnsweredReplies {

    /** The answer's month and the two before it. */
    private static final int MONTHS_SEARCHED = 3;

    private final ElasticsearchClient elasticsearch;
    private final IndexNames names;

    AnsweredReplies(ElasticsearchClient elasticsearch, IndexNames names) {
        this.elasticsearch = elasticsearch;
        this.names = names;
    }

    /** Where indexed stakeholder replies are found by post key; the multi-get, or a stand-in in tests. */
    interface IndexedReplies {

        /**
         * @param answeredAt when each post key was answered, which bounds the months it can be indexed in
         * @return the stakeholder replies among the post keys, by post key; other posts are left out
         */
        Map<String, StakeholderReply> find(Map<String, Instant> answeredAt) throws IOException;
    }

    /** @return by executive reply post key, the stakeholder reply it answers */
    Map<String, StakeholderReply> of(List<PostObserved> batch) throws IOException {
        return link(batch, this::fetch);
    }

    static Map<String, StakeholderReply> link(List<PostObserved> batch, IndexedReplies indexed) throws IOException {
        Map<String, PostObserved> inBatch = new HashMap<>();
        batch.forEach(post -> inBatch.put(post.postKey(), post));
        Map<String, StakeholderReply> answered = new HashMap<>();
        Map<String, String> parentsToLookUp = new LinkedHashMap<>();
        Map<String, Instant> answeredAt = new LinkedHashMap<>();
        for (PostObserved post : batch) {
            if (post.kind() != PostKind.EXECUTIVE_REPLY || post.inReplyToKey() == null) {
                continue;
            }
            PostObserved parent = inBatch.get(post.inReplyToKey());
            if (parent == null) {
                parentsToLookUp.put(post.postKey(), post.inReplyToKey());
                answeredAt.merge(post.inReplyToKey(), post.createdAt(), (a, b) -> a.isAfter(b) ? a : b);
            } else if (parent.kind() == PostKind.STAKEHOLDER_REPLY) {
                answered.put(post.postKey(), new StakeholderReply(parent.postKey(), parent.createdAt()));
            }
        }
        if (!parentsToLookUp.isEmpty()) {
            Map<String, StakeholderReply> found = indexed.find(answeredAt);
            parentsToLookUp.forEach((answer, parent) -> {
                StakeholderReply reply = found.get(parent);
                if (reply != null) {
                    answered.put(answer, reply);
                }
            });
        }
        return answered;
    }

    private Map<String, StakeholderReply> fetch(Map<String, Instant> answeredAt) throws IOException {
        MgetRequest.Builder request = new MgetRequest.Builder()
                .sourceIncludes(List.of("postKey", "createdAt", "kind"));
        answeredAt.forEach((postKey, answered) -> {
            YearMonth month = YearMonth.from(answered.atOffset(ZoneOffset.UTC));
            for (int back = 0; back < MONTHS_SEARCHED; back++) {
                String index = names.posts(month.minusMonths(back));
                request.docs(doc -> doc.index(index).id(postKey));
            }
        });
        Map<String, StakeholderReply> found = new HashMap<>();
        for (MultiGetResponseItem<IndexedPost> item : elasticsearch.mget(request.build(), IndexedPost.class).docs()) {
            // a failure here is a month index that does not exist: nothing was posted that month
            if (item.isResult() && item.result().found() && item.result().source() != null) {
                IndexedPost post = item.result().source();
                if (PostKind.STAKEHOLDER_REPLY.id().equals(post.kind())) {
                    found.put(post.postKey(), new StakeholderReply(post.postKey(), post.createdAt()));
                }
            }
        }
        return found;
    }

    /** The fields of an indexed post the lookup reads. */
    record IndexedPost(String postKey, Instant createdAt, String kind) {
    }
}
