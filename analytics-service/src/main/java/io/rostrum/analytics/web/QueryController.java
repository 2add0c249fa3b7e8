package io.rostrum.analytics.web;

import io.rostrum.analytics.index.PostDocument;
import io.rostrum.analytics.query.EngagementQueries;
import io.rostrum.analytics.query.ExecutiveSummary;
import io.rostrum.analytics.query.IndexStats;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
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

    private final EngagementQueries queries;

    QueryController(EngagementQueries queries) {
        this.queries = queries;
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

    @GetMapping("/api/stats")
    Mono<IndexStats> stats() {
        return blocking(queries::stats);
    }

    private static <T> Mono<T> blocking(Callable<T> query) {
        return Mono.fromCallable(query).subscribeOn(Schedulers.boundedElastic());
    }
}
