package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.AnalyticsClient;
import io.rostrum.dashboard.analytics.ExecutiveSummary;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** Loads a page's context: one call for the executives, then the range resolved against their latest posts. */
@Component
class PageContexts {

    private static final Pattern EXECUTIVE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    /**
     * Every page needs the executives, which change only when one is registered or posts: reading them once every
     * few seconds saves each page a round trip, and a newcomer shows within that time.
     */
    private static final Duration EXECUTIVES_FRESH_FOR = Duration.ofSeconds(10);

    private final Mono<List<ExecutiveSummary>> executives;
    private final Clock clock = Clock.systemUTC();

    PageContexts(AnalyticsClient analytics) {
        this.executives = analytics.executives()
                .cache(loaded -> EXECUTIVES_FRESH_FOR, failure -> Duration.ZERO, () -> Duration.ZERO);
    }

    Mono<PageContext> load(RangeParameters parameters) {
        return executives.map(loaded -> new PageContext(loaded, ViewRange.of(parameters, loaded, clock)));
    }

    /** Refuses an id that cannot be an executive's before anything is asked of analytics-service. */
    static String executiveId(String value) {
        if (!EXECUTIVE_ID.matcher(value).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such executive");
        }
        return value;
    }
}
