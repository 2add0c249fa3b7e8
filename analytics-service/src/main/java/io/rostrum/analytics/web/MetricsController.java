package io.rostrum.analytics.web;

import io.rostrum.analytics.query.Comparison;
import io.rostrum.analytics.query.ComparisonQuery;
import io.rostrum.analytics.query.MetricsQueries;
import io.rostrum.analytics.query.MetricsQuery;
import io.rostrum.analytics.query.MetricsReport;
import io.rostrum.events.Platform;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Metrics as JSON and CSV, and executives side by side. Parameters are checked here, before the blocking
 * Elasticsearch call, which runs on the bounded-elastic scheduler.
 */
@RestController
class MetricsController {

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    /**
     * One executive is a valid comparison of one; fifty covers a cohort's overview in a single request, whose
     * aggregations Elasticsearch computes in one pass over the window's documents.
     */
    private static final int MIN_COMPARED = 1;
    static final int MAX_COMPARED = 50;

    private final MetricsQueries queries;
    private final MetricsCsv csv;

    MetricsController(MetricsQueries queries, MetricsCsv csv) {
        this.queries = queries;
        this.csv = csv;
    }

    @GetMapping("/api/metrics")
    Mono<MetricsReport> metrics(@RequestParam(required = false) @Nullable String executiveId,
                                @RequestParam(required = false) @Nullable String from,
                                @RequestParam(required = false) @Nullable String to,
                                @RequestParam(required = false) @Nullable String interval,
                                @RequestParam(required = false) @Nullable String platform,
                                @RequestParam(required = false) @Nullable String zone,
                                @RequestParam(required = false) @Nullable String split) {
        MetricsQuery query = metricsQuery(executiveId, from, to, interval, platform, zone,
                RequestParameters.splitByPlatform(split));
        return blocking(() -> queries.metrics(query));
    }

    @GetMapping("/api/metrics.csv")
    Mono<ResponseEntity<String>> metricsCsv(@RequestParam(required = false) @Nullable String executiveId,
                                            @RequestParam(required = false) @Nullable String from,
                                            @RequestParam(required = false) @Nullable String to,
                                            @RequestParam(required = false) @Nullable String interval,
                                            @RequestParam(required = false) @Nullable String platform,
                                            @RequestParam(required = false) @Nullable String zone) {
        MetricsQuery query = metricsQuery(executiveId, from, to, interval, platform, zone, false);
        String filename = "metrics-" + (executiveId == null ? "cohort" : executiveId) + "-" + query.window().from()
                + "-" + query.window().to() + ".csv";
        return blocking(() -> ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(csv.write(queries.metrics(query))));
    }

    @GetMapping("/api/compare")
    Mono<Comparison> compare(@RequestParam(required = false) @Nullable String executiveIds,
                             @RequestParam(required = false) @Nullable String from,
                             @RequestParam(required = false) @Nullable String to,
                             @RequestParam(required = false) @Nullable String interval,
                             @RequestParam(required = false) @Nullable String zone) {
        List<String> ids = executiveIds == null ? List.of() : Arrays.asList(executiveIds.split(",", -1));
        if (ids.size() < MIN_COMPARED || ids.size() > MAX_COMPARED || ids.stream().distinct().count() < ids.size()) {
            throw new InvalidParameterException("executiveIds",
                    "must list " + MIN_COMPARED + " to " + MAX_COMPARED + " different executive ids, comma-separated");
        }
        ids.forEach(id -> RequestParameters.id("executiveIds", id));
        ComparisonQuery query = new ComparisonQuery(ids, RequestParameters.window(from, to, zone),
                RequestParameters.interval(interval));
        return blocking(() -> queries.compare(query));
    }

    private static MetricsQuery metricsQuery(@Nullable String executiveId, @Nullable String from,
                                             @Nullable String to, @Nullable String interval,
                                             @Nullable String platform, @Nullable String zone,
                                             boolean byPlatform) {
        return new MetricsQuery(RequestParameters.optionalId("executiveId", executiveId),
                RequestParameters.optionalChoice("platform", platform, Platform.class),
                RequestParameters.window(from, to, zone), RequestParameters.interval(interval), byPlatform);
    }

    private static <T> Mono<T> blocking(Callable<T> query) {
        return Mono.fromCallable(query).subscribeOn(Schedulers.boundedElastic());
    }
}
