package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.AnalyticsClient;
import io.rostrum.dashboard.analytics.Comparison;
import io.rostrum.dashboard.analytics.ExecutiveSummary;
import io.rostrum.dashboard.analytics.MetricsReport;
import io.rostrum.events.Approach;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Two to six executives side by side on the same figures and range. */
@Controller
class CompareController {

    static final int MIN = 2;
    static final int MAX = 6;

    private final AnalyticsClient analytics;
    private final PageContexts contexts;
    private final JsonMapper json;

    CompareController(AnalyticsClient analytics, PageContexts contexts, JsonMapper json) {
        this.analytics = analytics;
        this.contexts = contexts;
        this.json = json;
    }

    /** {@code executives} may repeat (checkboxes) or list ids with commas (a hand-written URL). */
    @GetMapping("/compare")
    Mono<String> compare(@ModelAttribute RangeParameters parameters,
                         @RequestParam(required = false) List<String> executives, Model model) {
        return contexts.load(parameters).flatMap(context -> {
            List<String> chosen = chosen(executives, context);
            context.addTo(model);
            model.addAttribute("chosen", chosen);
            model.addAttribute("limits", List.of(MIN, MAX));
            if (chosen.size() < MIN || chosen.size() > MAX) {
                model.addAttribute("members", List.of());
                model.addAttribute("problem", "Choose between " + MIN + " and " + MAX + " executives.");
                return Mono.just("compare");
            }
            ViewRange range = context.range();
            return analytics.compare(chosen, range.window(), range.interval()).map(comparison -> {
                model.addAttribute("members", comparison.executives());
                model.addAttribute("mixes", comparison.executives().stream()
                        .map(member -> MixBar.of(member.total().approachMix())).toList());
                model.addAttribute("names", comparison.executives().stream()
                        .map(member -> context.displayName(member.executiveId())).toList());
                model.addAttribute("charts", json.writeValueAsString(charts(comparison, context)));
                model.addAttribute("compareMix", mixes(comparison, context));
                return "compare";
            });
        });
    }

    /** The executives asked for that exist, in the order asked; without a choice, the first two. */
    private static List<String> chosen(List<String> requested, PageContext context) {
        List<String> known = context.executives().stream().map(ExecutiveSummary::executiveId).toList();
        if (requested == null || requested.isEmpty()) {
            return known.stream().limit(MIN).toList();
        }
        return requested.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .filter(known::contains).distinct().toList();
    }

    /** The reputation of each executive over time, drawn by {@code dashboard.js}. */
    private static Map<String, Map<String, Object>> charts(Comparison comparison, PageContext context) {
        List<Map<String, Object>> reputation = new ArrayList<>();
        List<String> categories = comparison.executives().isEmpty() ? List.of()
                : comparison.executives().get(0).buckets().stream().map(bucket -> bucket.from().toString()).toList();
        for (Comparison.Member member : comparison.executives()) {
            List<Double> scores = new ArrayList<>();
            for (MetricsReport.Bucket bucket : member.buckets()) {
                scores.add(bucket.figures().reputation().score());
            }
            reputation.add(Map.of("name", context.displayName(member.executiveId()), "type", "line",
                    "values", scores));
        }
        return Map.of("compare-reputation", Map.of("kind", "line", "categories", categories, "min", -100,
                "max", 100, "series", reputation, "markers", List.of()));
    }

    /** Each approach's share, in whole percent, with a bar per executive. */
    private static BarChart mixes(Comparison comparison, PageContext context) {
        Map<String, List<Long>> shares = new LinkedHashMap<>();
        for (Approach approach : Approach.values()) {
            shares.put(approach.id(), comparison.executives().stream()
                    .map(member -> Math.round(member.total().approachMix().share(approach.id()) * 100)).toList());
        }
        return BarChart.of(comparison.executives().stream()
                .map(member -> context.displayName(member.executiveId())).toList(), shares, "%");
    }
}
