package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.AnalyticsClient;
import io.rostrum.dashboard.analytics.ExecutiveSummary;
import io.rostrum.dashboard.analytics.PostView;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The overview of all executives, and one page per executive with their latest posts. */
@Controller
class DashboardController {

    private static final Pattern EXECUTIVE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final int OVERVIEW_POSTS = 3;
    private static final int EXECUTIVE_POSTS = 25;

    private final AnalyticsClient analytics;

    DashboardController(AnalyticsClient analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/")
    Mono<String> overview(Model model) {
        return analytics.executives()
                .flatMap(executives -> Flux.fromIterable(executives)
                        .concatMap(executive -> analytics.latestPosts(executive.executiveId(), OVERVIEW_POSTS)
                                .map(posts -> new ExecutiveCard(executive, posts)))
                        .collectList())
                .map(cards -> {
                    model.addAttribute("cards", cards);
                    model.addAttribute("totals", Totals.of(cards.stream().map(ExecutiveCard::executive).toList()));
                    return "overview";
                });
    }

    @GetMapping("/executives/{executiveId}")
    Mono<String> executive(@PathVariable String executiveId, Model model) {
        if (!EXECUTIVE_ID.matcher(executiveId).matches()) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        return analytics.executives()
                .flatMap(executives -> Mono.justOrEmpty(executives.stream()
                        .filter(executive -> executive.executiveId().equals(executiveId)).findFirst()))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
                .zipWith(analytics.latestPosts(executiveId, EXECUTIVE_POSTS))
                .map(found -> {
                    model.addAttribute("card", new ExecutiveCard(found.getT1(), found.getT2()));
                    return "executive";
                });
    }

    /** One executive with a few of their latest posts. */
    record ExecutiveCard(ExecutiveSummary executive, List<PostView> posts) {
    }

    /** The totals row of the overview. */
    record Totals(long ownActivity, long stakeholderReplies) {

        static Totals of(List<ExecutiveSummary> executives) {
            return new Totals(executives.stream().mapToLong(ExecutiveSummary::ownActivity).sum(),
                    executives.stream().mapToLong(ExecutiveSummary::stakeholderReplies).sum());
        }
    }
}
