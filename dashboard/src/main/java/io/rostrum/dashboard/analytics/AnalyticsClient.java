package io.rostrum.dashboard.analytics;

import io.rostrum.dashboard.config.DashboardProperties;
import io.rostrum.events.AlertType;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Calls analytics-service's query API with the dashboard's service credentials. Every value from a page reaches
 * the API as an encoded query parameter, never spliced into a path or a query.
 */
@Component
public class AnalyticsClient {

    private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENT =
            new ParameterizedTypeReference<>() { };
    /**
     * Analytics' answers are our own figures, and can be large: about 1.2 KB per executive and bucket, so the
     * overview of 50 executives is 1 MB for 90 days by week and 44 MB for two years by day. The request limit of
     * {@code spring.http.codecs} (256 KB) is not meant for them.
     */
    private static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;

    private final WebClient http;

    AnalyticsClient(WebClient.Builder builder, DashboardProperties properties) {
        DashboardProperties.Analytics analytics = properties.analytics();
        this.http = builder.baseUrl(analytics.url().toString())
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_ANSWER_BYTES))
                .defaultHeaders(headers -> headers.setBasicAuth(analytics.username(), analytics.password()))
                .build();
    }

    public Mono<List<ExecutiveSummary>> executives() {
        return http.get().uri("/api/executives").retrieve()
                .bodyToMono(new ParameterizedTypeReference<List<ExecutiveSummary>>() { });
    }

    /** Figures of one executive, or of the cohort when {@code executiveId} is null. */
    public Mono<MetricsReport> metrics(@Nullable String executiveId, Window window, String interval,
                                       boolean byPlatform) {
        return http.get().uri(uri -> window(uri.path("/api/metrics"), window)
                        .queryParamIfPresent("executiveId", Optional.ofNullable(executiveId))
                        .queryParam("interval", interval)
                        .queryParamIfPresent("split", Optional.ofNullable(byPlatform ? "platform" : null)).build())
                .retrieve().bodyToMono(MetricsReport.class);
    }

    public Mono<Comparison> compare(List<String> executiveIds, Window window, String interval) {
        return http.get().uri(uri -> window(uri.path("/api/compare"), window)
                        .queryParam("executiveIds", String.join(",", executiveIds))
                        .queryParam("interval", interval).build())
                .retrieve().bodyToMono(Comparison.class);
    }

    /** The executive's own posts in the window, newest first, with the sentiment of their replies. */
    public Mono<List<RespondedPost>> posts(String executiveId, Window window, int size) {
        return http.get().uri(uri -> window(uri.path("/api/posts"), window).queryParam("executiveId", executiveId)
                        .queryParam("size", size).build())
                .retrieve().bodyToMono(new ParameterizedTypeReference<List<RespondedPost>>() { });
    }

    public Mono<List<RespondedPost>> postsByKey(List<String> postKeys) {
        if (postKeys.isEmpty()) {
            return Mono.just(List.of());
        }
        return http.get().uri(uri -> uri.path("/api/posts").queryParam("keys", String.join(",", postKeys)).build())
                .retrieve().bodyToMono(new ParameterizedTypeReference<List<RespondedPost>>() { });
    }

    public Mono<SearchPage> search(String text, String executiveId, Window window, int size) {
        return http.get().uri(uri -> window(uri.path("/api/search"), window).queryParam("q", text)
                        .queryParam("executiveId", executiveId).queryParam("size", size).build())
                .retrieve().bodyToMono(SearchPage.class);
    }

    public Mono<List<AlertView>> alerts(@Nullable String executiveId, @Nullable AlertType type,
                                        @Nullable Boolean acknowledged, int size) {
        return http.get().uri(uri -> uri.path("/api/alerts")
                        .queryParamIfPresent("executiveId", Optional.ofNullable(executiveId))
                        .queryParamIfPresent("type", Optional.ofNullable(type).map(AlertType::id))
                        .queryParamIfPresent("acknowledged", Optional.ofNullable(acknowledged))
                        .queryParam("size", size).build())
                .retrieve().bodyToMono(new ParameterizedTypeReference<List<AlertView>>() { });
    }

    /** Acknowledges under the name of the signed-in person the dashboard acts for. */
    public Mono<AlertView> acknowledge(String alertId, String user) {
        return http.post().uri(uri -> uri.path("/api/alerts/{id}/acknowledge").queryParam("onBehalfOf", user)
                        .build(alertId))
                .retrieve().bodyToMono(AlertView.class);
    }

    /** Alerts as they are raised: analytics-service's server-sent events, passed on as they come. */
    public Flux<ServerSentEvent<String>> liveAlerts() {
        return http.get().uri("/api/alerts/stream").accept(MediaType.TEXT_EVENT_STREAM).retrieve()
                .bodyToFlux(EVENT);
    }

    private static UriBuilder window(UriBuilder uri, Window window) {
        return uri.queryParam("from", window.from()).queryParam("to", window.to())
                .queryParam("zone", window.zone().getId());
    }
}
