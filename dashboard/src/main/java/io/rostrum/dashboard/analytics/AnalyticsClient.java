package io.rostrum.dashboard.analytics;

import io.rostrum.dashboard.config.DashboardProperties;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Calls analytics-service's query API with the dashboard's service credentials. */
@Component
public class AnalyticsClient {

    private final WebClient http;

    AnalyticsClient(WebClient.Builder builder, DashboardProperties properties) {
        DashboardProperties.Analytics analytics = properties.analytics();
        this.http = builder.baseUrl(analytics.url().toString())
                .defaultHeaders(headers -> headers.setBasicAuth(analytics.username(), analytics.password()))
                .build();
    }

    public Mono<List<ExecutiveSummary>> executives() {
        return http.get().uri("/api/executives").retrieve()
                .bodyToMono(new ParameterizedTypeReference<List<ExecutiveSummary>>() { });
    }

    public Mono<List<PostView>> latestPosts(String executiveId, int size) {
        return http.get().uri(uri -> uri.path("/api/executives/{id}/posts").queryParam("size", size).build(executiveId))
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<List<PostView>>() { });
    }
}
