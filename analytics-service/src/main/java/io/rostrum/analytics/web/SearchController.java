package io.rostrum.analytics.web;

import io.rostrum.analytics.query.PostSearch;
import io.rostrum.analytics.query.PostSearchQuery;
import io.rostrum.analytics.query.SearchPage;
import io.rostrum.events.Approach;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Full-text search over posts and replies, with filters, relevance first and newest first among equals. */
@RestController
class SearchController {

    private static final int MAX_QUERY_CHARACTERS = 500;
    private static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 100;
    /** Elasticsearch's default index.max_result_window: from + size may not pass it. */
    private static final int MAX_RESULT_WINDOW = 10_000;

    private final PostSearch search;

    SearchController(PostSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    Mono<SearchPage> search(@RequestParam(required = false) @Nullable String q,
                            @RequestParam(required = false) @Nullable String executiveId,
                            @RequestParam(required = false) @Nullable String approach,
                            @RequestParam(required = false) @Nullable String kind,
                            @RequestParam(required = false) @Nullable String platform,
                            @RequestParam(required = false) @Nullable String from,
                            @RequestParam(required = false) @Nullable String to,
                            @RequestParam(required = false) @Nullable String zone,
                            @RequestParam(required = false) @Nullable String page,
                            @RequestParam(required = false) @Nullable String size) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_QUERY_CHARACTERS) {
            throw new InvalidParameterException("q", "must be at most " + MAX_QUERY_CHARACTERS + " characters");
        }
        ZoneId timeZone = RequestParameters.zone(zone);
        LocalDate first = RequestParameters.optionalDate("from", from);
        LocalDate last = RequestParameters.optionalDate("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw new InvalidParameterException("to", "must not be before from");
        }
        int pageSize = RequestParameters.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        int pageNumber = RequestParameters.integer("page", page, 0, 0, MAX_RESULT_WINDOW / pageSize - 1);
        PostSearchQuery query = new PostSearchQuery(text, RequestParameters.optionalId("executiveId", executiveId),
                RequestParameters.optionalChoice("approach", approach, Approach.class),
                RequestParameters.optionalChoice("kind", kind, PostKind.class),
                RequestParameters.optionalChoice("platform", platform, Platform.class),
                first == null ? null : first.atStartOfDay(timeZone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(timeZone).toInstant(), pageNumber, pageSize);
        return Mono.fromCallable(() -> search.search(query)).subscribeOn(Schedulers.boundedElastic());
    }
}
