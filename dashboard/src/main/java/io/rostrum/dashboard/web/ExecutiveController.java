package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.AlertView;
import io.rostrum.dashboard.analytics.AnalyticsClient;
import io.rostrum.dashboard.analytics.ExecutiveSummary;
import io.rostrum.dashboard.analytics.MetricsReport;
import io.rostrum.dashboard.analytics.SearchPage;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** One executive: their figures and charts over the range, their posts, a search of them, and the profile. */
@Controller
class ExecutiveController {

    private static final int POSTS = 20;
    private static final int SEARCH_HITS = 20;
    private static final int ALERTS = 200;
    private static final int MAX_QUERY = 200;

    private final AnalyticsClient analytics;
    private final PageContexts contexts;
    private final JsonMapper json;

    ExecutiveController(AnalyticsClient analytics, PageContexts contexts, JsonMapper json) {
        this.analytics = analytics;
        this.contexts = contexts;
        this.json = json;
    }

    @GetMapping("/executives/{executiveId}")
    Mono<String> executive(@PathVariable String executiveId, @ModelAttribute RangeParameters parameters,
                           @RequestParam(defaultValue = "") String q, Model model) {
        String id = PageContexts.executiveId(executiveId);
        String query = q.strip();
        if (query.length() > MAX_QUERY) {
            throw new InvalidRangeException("The search can be at most " + MAX_QUERY + " characters long.");
        }
        return contexts.load(parameters).flatMap(context -> {
            ExecutiveSummary executive = known(context, id);
            ViewRange range = context.range();
            Mono<MetricsReport> report = analytics.metrics(id, range.window(), range.interval(), true);
            Mono<MetricsReport> daily = range.interval().equals("day") ? report
                    : analytics.metrics(id, range.window(), "day", false);
            Mono<List<AlertView>> alerts = analytics.alerts(id, null, null, ALERTS)
                    .map(all -> all.stream().filter(alert -> within(alert, range)).toList());
            Mono<SearchPage> search = query.isEmpty() ? Mono.just(new SearchPage(0, true, List.of()))
                    : analytics.search(query, id, range.window(), SEARCH_HITS);
            return Mono.zip(report, daily, alerts, analytics.posts(id, range.window(), POSTS), search)
                    .map(loaded -> {
                        context.addTo(model);
                        model.addAttribute("executive", executive);
                        model.addAttribute("figures", loaded.getT1().total());
                        model.addAttribute("charts", json.writeValueAsString(ExecutiveCharts.of(loaded.getT1(),
                                loaded.getT3(), range)));
                        model.addAttribute("cadence", CalendarHeatmap.of(loaded.getT2()));
                        model.addAttribute("stakeholders", ExecutiveCharts.stakeholders(loaded.getT1()));
                        model.addAttribute("platforms", ExecutiveCharts.platforms(loaded.getT1()));
                        model.addAttribute("alerts", loaded.getT3());
                        model.addAttribute("posts", loaded.getT4());
                        model.addAttribute("q", query);
                        model.addAttribute("results", SearchResult.of(loaded.getT5()));
                        model.addAttribute("resultTotal", loaded.getT5().total());
                        return "executive";
                    });
        });
    }

    @GetMapping("/executives/{executiveId}/profile")
    Mono<String> profile(@PathVariable String executiveId, @ModelAttribute RangeParameters parameters,
                         Model model) {
        String id = PageContexts.executiveId(executiveId);
        return contexts.load(parameters).flatMap(context -> {
            ExecutiveSummary executive = known(context, id);
            ViewRange range = context.range();
            return Mono.zip(analytics.metrics(id, range.window(), "week", false),
                            analytics.metrics(null, range.window(), "week", false))
                    .map(loaded -> {
                        context.addTo(model);
                        model.addAttribute("executive", executive);
                        model.addAttribute("profile", EngagementProfile.of(loaded.getT1(), loaded.getT2()));
                        return "profile";
                    });
        });
    }

    private static ExecutiveSummary known(PageContext context, String executiveId) {
        return context.executive(executiveId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such executive"));
    }

    private static boolean within(AlertView alert, ViewRange range) {
        LocalDate day = alert.raisedAt().atZone(range.zone()).toLocalDate();
        return !day.isBefore(range.from()) && !day.isAfter(range.to());
    }
}
