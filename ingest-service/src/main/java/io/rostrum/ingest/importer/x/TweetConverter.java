package io.rostrum.ingest.importer.x;

import io.rostrum.events.Author;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.importer.ImportTally;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * Turns one entry of {@code tweets.js} into an observation, or into a reason it was skipped.
 *
 * <p>An entry is a repost when its text starts with {@code RT @}: that is how archives keep retweets. The
 * {@code retweeted} flag is not used, because on an archived tweet it means the account re-shared that same tweet
 * of its own, which stays the executive's own post.
 */
final class TweetConverter {

    private final String executiveId;
    private final XAccount account;
    private final Author author;
    private final Instant observedAt;
    private final NoteTweets notes;
    private final Threads threads;

    TweetConverter(String executiveId, XAccount account, long followers, Instant observedAt, NoteTweets notes,
                   Threads threads) {
        this.executiveId = executiveId;
        this.account = account;
        this.author = account.author(followers);
        this.observedAt = observedAt;
        this.notes = notes;
        this.threads = threads;
    }

    void convert(JsonNode entry, String where, ImportTally tally) {
        JsonNode tweet = entry.get("tweet");
        if (tweet == null || !tweet.isObject()) {
            tally.skip(where, "not a tweet: expected an object with a 'tweet' field");
            return;
        }
        String id = Tweets.text(tweet, "id_str");
        String created = Tweets.text(tweet, "created_at");
        String fullText = Tweets.text(tweet, "full_text");
        if (id == null || created == null) {
            tally.skip(where, "tweet without " + (id == null ? "id_str" : "created_at"));
            return;
        }
        try {
            Instant createdAt = Tweets.createdAt(created);
            MetricSnapshot metrics = new MetricSnapshot(0, Tweets.count(tweet, "retweet_count"),
                    Tweets.count(tweet, "favorite_count"), 0, observedAt);
            String decoded = TweetText.decode(fullText == null ? "" : fullText);
            boolean repost = decoded.startsWith("RT @");
            Threads.Placement placement = threads.place(id, Tweets.text(tweet, "in_reply_to_status_id_str"),
                    Tweets.text(tweet, "in_reply_to_user_id_str"), repost);
            String text = notes.fullText(createdAt, decoded).orElseGet(() -> readable(decoded, tweet));
            tally.accept(PostObserved.observe(executiveId, Platform.X, id, placement.kind(), author,
                    placement.inReplyToKey(), placement.threadRootKey(), createdAt, text, Tweets.language(tweet),
                    account.statusUrl(id), metrics));
        } catch (IllegalArgumentException e) {
            tally.skip(where + " (id " + id + ")", e.getMessage());
        }
    }

    private static String readable(String decoded, JsonNode tweet) {
        JsonNode entities = tweet.path("entities");
        String expanded = TweetText.expand(decoded, entities.path("urls"), "url", "expanded_url");
        return TweetText.dropMediaLinks(expanded, entities.path("media"));
    }
}
