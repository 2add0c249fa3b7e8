package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.AlertView;
import io.rostrum.dashboard.analytics.AnalyticsClient;
import io.rostrum.dashboard.analytics.Comparison;
import io.rostrum.dashboard.analytics.ExecutiveSummary;
import io.rostrum.dashboard.analytics.MetricsReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The overview: one card per executive, sortable and filterable, and the cohort's totals. */
@Controller
class OverviewController {

    /** Open alerts are few by nature; more than this many means the inbox, not the cards, is the place to look. */
    private static final int OPEN_ALERTS = 200;
    /** As many executives as analytics-service compares in one request, which it answers in one search. */
    private static final int CARDS_PER_REQUEST = 50;

    private final AnalyticsClient analytics;
    private final PageContexts contexts;

    OverviewController(AnalyticsClient analytics, PageContexts contexts) {
        this.analytics = analytics;
        this.contexts = contexts;
    }

    @GetMapping("/")
    Mono<String> overview(@ModelAttribute RangeParameters parameters,
                          @RequestParam(defaultValue = "name") String sort,
                          @RequestParam(defaultValue = "") String filter, Model model) {
        String order = ExecutiveCard.SORTS.contains(sort) ? sort : "name";
        return contexts.load(parameters).flatMap(context -> {
            ViewRange range = context.range();
            Mono<Map<String, Long>> openAlerts = analytics.alerts(null, null, false, OPEN_ALERTS)
                    .map(alerts -> alerts.stream().collect(
                            Collectors.groupingBy(AlertView::executiveId, Collectors.counting())));
            Mono<Map<String, Comparison.Member>> weekly = Flux.fromIterable(context.executives())
                    .map(ExecutiveSummary::executiveId).buffer(CARDS_PER_REQUEST)
                    .flatMap(ids -> analytics.compare(ids, range.window(), "week"))
                    .flatMapIterable(Comparison::executives)
                    .collectMap(Comparison.Member::executiveId, Function.identity());
            Mono<MetricsReport> cohort = analytics.metrics(null, range.window(), "week", false);
            return Mono.zip(openAlerts, weekly, cohort).map(loaded -> {
                List<ExecutiveCard> cards = context.executives().stream()
                        .filter(executive -> matches(executive, filter))
                        .map(executive -> ExecutiveCard.of(executive, loaded.getT2().get(executive.executiveId()),
                                range, loaded.getT1().getOrDefault(executive.executiveId(), 0L)))
                        .sorted(ExecutiveCard.order(order)).toList();
                context.addTo(model);
                model.addAttribute("cards", cards);
                model.addAttribute("cohort", loaded.getT3().total());
                model.addAttribute("cohortMix", MixBar.of(loaded.getT3().total().approachMix()));
                model.addAttribute("openAlerts", loaded.getT1().values().stream().mapToLong(Long::longValue).sum());
                model.addAttribute("sort", order);
                model.addAttribute("sorts", ExecutiveCard.SORTS);
                model.addAttribute("filter", filter);
                return "overview";
            });
        });
    }

    private static boolean matches(ExecutiveSummary executive, @Nullable String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        return (executive.displayName() + " " + executive.role() + " " + executive.organization())
                .toLowerCase(Locale.ROOT).contains(needle);
    }
}
