package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.AnalyticsClient;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** Loads a page's context: one call for the executives, then the range resolved against their latest posts. */
@Component
class PageContexts {

    private static final Pattern EXECUTIVE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final AnalyticsClient analytics;
    private final Clock clock = Clock.systemUTC();

    PageContexts(AnalyticsClient analytics) {
        this.analytics = analytics;
    }

    Mono<PageContext> load(RangeParameters parameters) {
        return analytics.executives().map(executives -> new PageContext(executives,
                ViewRange.of(parameters, executives, clock)));
    }

    /** Refuses an id that cannot be an executive's before anything is asked of analytics-service. */
    static String executiveId(String value) {
        if (!EXECUTIVE_ID.matcher(value).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such executive");
        }
        return value;
    }
}
