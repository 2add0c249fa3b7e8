package io.rostrum.ingest.connector.bluesky;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Walks the executive's author feed ({@code app.bsky.feed.getAuthorFeed}, posts and replies, newest first) within
 * one round: forwards from the top down to the newest item seen before, and backwards through history from where
 * the backfill stopped, until the feed ends or items are older than the backfill horizon. Both share the round's
 * page budget.
 *
 * <p>The newest position only moves when the forward walk came down to the old one (or the feed ended): after a
 * rate limit the next round walks from the top again instead of leaving a gap; repeats are harmless. When the page
 * budget runs out first, the gap is accepted and logged, or the account would never catch up.
 */
final class FeedWalk {

    private static final Logger log = LoggerFactory.getLogger(FeedWalk.class);
    private static final String METHOD = "app.bsky.feed.getAuthorFeed";

    private final Round round;
    private final PostReader reader;
    private final String actor;
    private final Instant horizon;
    private @Nullable FeedPosition newest;
    private @Nullable String backfill;
    private boolean backfillComplete;

    FeedWalk(Round round, PostReader reader, @Nullable FeedPosition newest, @Nullable String backfill,
             boolean backfillComplete, Instant horizon) {
        this.round = round;
        this.reader = reader;
        this.actor = reader.executive().id();
        this.newest = newest;
        this.backfill = backfill;
        this.backfillComplete = backfillComplete;
        this.horizon = horizon;
    }

    /** The round's feed part: the first round walks backwards from the top, later ones forwards, then backwards. */
    Mono<Void> walk() {
        if (newest == null && !backfillComplete) {
            return backfillPage(backfill);
        }
        FeedPosition seen = newest;
        return forwardPage(seen, null, null).then(Mono.defer(() -> backfillComplete || round.stopped()
                ? Mono.empty() : backfillPage(backfill)));
    }

    @Nullable FeedPosition newest() {
        return newest;
    }

    @Nullable String backfill() {
        return backfill;
    }

    boolean backfillComplete() {
        return backfillComplete;
    }

    private Mono<Void> forwardPage(@Nullable FeedPosition seen, @Nullable FeedPosition top, @Nullable String cursor) {
        if (!round.takePage()) {
            log.warn("{}: page budget spent before reaching the newest item seen, some new items are skipped",
                    round.account());
            newest = top != null ? top : newest;
            return Mono.empty();
        }
        return page(cursor).flatMap(page -> {
            FeedPosition pageTop = top != null || page.items().isEmpty() ? top : page.items().get(0).position();
            for (FeedItem item : page.items()) {
                if (seen != null && seen.reachedBy(item.position())) {
                    newest = pageTop;
                    return Mono.empty();
                }
                observe(item);
            }
            if (page.cursor() == null) {
                newest = pageTop != null ? pageTop : newest;
                return Mono.empty();
            }
            return round.stopped() ? Mono.empty() : forwardPage(seen, pageTop, page.cursor());
        });
    }

    private Mono<Void> backfillPage(@Nullable String cursor) {
        if (!round.takePage()) {
            return Mono.empty();
        }
        return page(cursor).flatMap(page -> {
            if (cursor == null && newest == null && !page.items().isEmpty()) {
                newest = page.items().get(0).position();
            }
            for (FeedItem item : page.items()) {
                if (item.position().at().isBefore(horizon)) {
                    return finishBackfill();
                }
                observe(item);
            }
            if (page.cursor() == null) {
                return finishBackfill();
            }
            backfill = page.cursor();
            log.debug("{}: backfill continues from {}", round.account(), backfill);
            return round.stopped() ? Mono.empty() : backfillPage(backfill);
        });
    }

    private Mono<Void> finishBackfill() {
        backfill = null;
        backfillComplete = true;
        log.info("{}: backfill complete", round.account());
        return Mono.empty();
    }

    private void observe(FeedItem item) {
        if (item.observation() != null) {
            round.observe(item.observation());
        }
    }

    private Mono<Page> page(@Nullable String cursor) {
        List<Entry<String, String>> params = new ArrayList<>(List.of(Map.entry("actor", actor),
                Map.entry("filter", "posts_with_replies"), Map.entry("limit", "100")));
        if (cursor != null) {
            params.add(Map.entry("cursor", cursor));
        }
        return round.call(METHOD, params, fetched -> Page.of(fetched.body(), reader));
    }

    private record Page(List<FeedItem> items, @Nullable String cursor) {

        static Page of(JsonNode body, PostReader reader) {
            JsonNode feed = body.get("feed");
            if (feed == null || !feed.isArray()) {
                throw new PayloadException("missing feed");
            }
            List<FeedItem> items = new ArrayList<>();
            for (JsonNode item : feed) {
                items.add(FeedItem.read(item, reader));
            }
            String cursor = Json.optionalText(body, "cursor");
            return new Page(items, cursor == null || cursor.isBlank() ? null : cursor);
        }
    }
}
