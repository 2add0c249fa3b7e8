package io.rostrum.analytics.web;

import io.rostrum.analytics.index.PostDocument;
import io.rostrum.analytics.query.EngagementQueries;
import io.rostrum.analytics.query.ExecutiveSummary;
import io.rostrum.analytics.query.IndexStats;
import io.rostrum.analytics.query.PostListQuery;
import io.rostrum.analytics.query.PostLists;
import io.rostrum.analytics.query.RespondedPost;
import io.rostrum.analytics.query.Window;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The JSON query API. The Elasticsearch client blocks, so queries run on the bounded-elastic scheduler, off the
 * event loop.
 */
@RestController
class QueryController {

    private static final Pattern EXECUTIVE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final int MAX_POSTS = 100;

    private static final int MAX_KEYS = 50;
    private static final Pattern POST_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._/@-]{0,299}");

    private final EngagementQueries queries;
    private final PostLists postLists;

    QueryController(EngagementQueries queries, PostLists postLists) {
        this.queries = queries;
        this.postLists = postLists;
    }

    @GetMapping("/api/executives")
    Mono<List<ExecutiveSummary>> executives() {
        return blocking(queries::executives);
    }

    @GetMapping("/api/executives/{executiveId}/posts")
    Mono<List<PostDocument>> latestPosts(@PathVariable String executiveId,
                                         @RequestParam(defaultValue = "20") int size) {
        if (!EXECUTIVE_ID.matcher(executiveId).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "executiveId must be lower-case letters, digits and dashes");
        }
        if (size < 1 || size > MAX_POSTS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size must be between 1 and " + MAX_POSTS);
        }
        return blocking(() -> queries.latestPosts(executiveId, size));
    }

    /**
     * Posts with the sentiment of their stakeholder replies: the named {@code keys} (comma-separated, at most 50),
     * or an executive's own posts between {@code from} and {@code to}, newest first.
     */
    @GetMapping("/api/posts")
    Mono<List<RespondedPost>> posts(@RequestParam(required = false) @Nullable String executiveId,
                                    @RequestParam(required = false) @Nullable String keys,
                                    @RequestParam(required = false) @Nullable String from,
                                    @RequestParam(required = false) @Nullable String to,
                                    @RequestParam(required = false) @Nullable String zone,
                                    @RequestParam(required = false) @Nullable String size) {
        List<String> postKeys = keys == null ? List.of() : Arrays.stream(keys.split(",")).map(String::strip)
                .filter(key -> !key.isEmpty()).distinct().toList();
        if (postKeys.size() > MAX_KEYS) {
            throw new InvalidParameterException("keys", "must name at most " + MAX_KEYS + " posts");
        }
        postKeys.forEach(key -> {
            if (!POST_KEY.matcher(key).matches()) {
                throw new InvalidParameterException("keys", "must be post keys such as mastodon:109876");
            }
        });
        String executive = RequestParameters.optionalId("executiveId", executiveId);
        if (postKeys.isEmpty() && executive == null) {
            throw new InvalidParameterException("executiveId", "is required unless keys are given");
        }
        Window window = from == null && to == null ? null : RequestParameters.window(from, to, zone);
        int pageSize = RequestParameters.integer("size", size, postKeys.isEmpty() ? 25 : postKeys.size(), 1,
                MAX_POSTS);
        PostListQuery query = new PostListQuery(executive, postKeys, window, pageSize);
        return blocking(() -> postLists.find(query));
    }

    @GetMapping("/api/stats")
    Mono<IndexStats> stats() {
        return blocking(queries::stats);
    }

    private static <T> Mono<T> blocking(Callable<T> query) {
        return Mono.fromCallable(query).subscribeOn(Schedulers.boundedElastic());
    }
}
