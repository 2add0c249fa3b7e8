package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.AlertView;
import io.rostrum.dashboard.analytics.AnalyticsClient;
import io.rostrum.dashboard.analytics.RespondedPost;
import io.rostrum.events.AlertType;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The alerts inbox: the alerts with their explanation and evidence, filters, acknowledgement (admins), and the
 * live feed that puts a new alert on the open page the moment analytics-service raises it.
 */
@Controller
class AlertsController {

    private static final int ALERTS = 100;
    private static final int EVIDENCE_PER_ALERT = 5;
    /** analytics-service looks up at most this many posts at once. */
    private static final int EVIDENCE = 50;

    private final AnalyticsClient analytics;
    private final PageContexts contexts;
    private final Formats formats;

    AlertsController(AnalyticsClient analytics, PageContexts contexts, Formats formats) {
        this.analytics = analytics;
        this.contexts = contexts;
        this.formats = formats;
    }

    @GetMapping("/alerts")
    Mono<String> inbox(@ModelAttribute RangeParameters parameters, @RequestParam(defaultValue = "") String type,
                       @RequestParam(defaultValue = "") String executive,
                       @RequestParam(defaultValue = "open") String status, Model model) {
        AlertType alertType = Arrays.stream(AlertType.values()).filter(candidate -> candidate.id().equals(type))
                .findFirst().orElse(null);
        String executiveId = executive.isEmpty() ? null : PageContexts.executiveId(executive);
        Boolean acknowledged = status.equals("all") ? null : status.equals("acknowledged");
        return contexts.load(parameters).flatMap(context -> analytics
                .alerts(executiveId, alertType, acknowledged, ALERTS)
                .flatMap(alerts -> analytics.postsByKey(evidenceKeys(alerts)).map(posts -> {
                    Map<String, RespondedPost> evidence = posts.stream()
                            .collect(Collectors.toMap(post -> post.post().postKey(), Function.identity()));
                    context.addTo(model);
                    model.addAttribute("alerts", alerts.stream().map(alert -> new InboxAlert(alert,
                            context.displayName(alert.executiveId()),
                            AlertExplanation.of(alert, context.range().zone(), formats),
                            alert.evidencePostKeys().stream().limit(EVIDENCE_PER_ALERT).map(evidence::get)
                                    .filter(post -> post != null).toList())).toList());
                    model.addAttribute("types", AlertType.values());
                    model.addAttribute("type", alertType == null ? "" : alertType.id());
                    model.addAttribute("executive", executiveId == null ? "" : executiveId);
                    model.addAttribute("status", acknowledged == null ? "all" : acknowledged ? "acknowledged" : "open");
                    return "alerts";
                })));
    }

    /** The live feed, passed through from analytics-service so the browser needs no credentials of its own. */
    @GetMapping(path = "/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    Flux<ServerSentEvent<String>> stream() {
        return analytics.liveAlerts();
    }

    /** Only admins reach this (SecurityConfig); the acknowledgement is recorded under their name. */
    @PostMapping("/alerts/{alertId}/acknowledge")
    Mono<String> acknowledge(@PathVariable String alertId, @RequestParam(defaultValue = "") String type,
                             @RequestParam(defaultValue = "") String executive,
                             @RequestParam(defaultValue = "open") String status, Mono<Principal> principal) {
        return principal.flatMap(user -> analytics.acknowledge(alertId, user.getName()))
                .onErrorMap(WebClientResponseException.NotFound.class,
                        e -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such alert"))
                .thenReturn("redirect:" + UriComponentsBuilder.fromPath("/alerts")
                        .queryParam("type", type).queryParam("executive", executive).queryParam("status", status)
                        .build().encode().toUriString());
    }

    private static List<String> evidenceKeys(List<AlertView> alerts) {
        return alerts.stream().flatMap(alert -> alert.evidencePostKeys().stream().limit(EVIDENCE_PER_ALERT))
                .distinct().limit(EVIDENCE).toList();
    }

    /** An alert as the inbox shows it. */
    record InboxAlert(AlertView alert, String executiveName, AlertExplanation explanation,
                      List<RespondedPost> evidence) {
    }
}
