package io.rostrum.analytics.web;

import io.rostrum.analytics.alert.AlertAcknowledgements;
import io.rostrum.analytics.alert.AlertCriteria;
import io.rostrum.analytics.alert.AlertDocument;
import io.rostrum.analytics.alert.AlertSearch;
import io.rostrum.analytics.alert.LiveAlerts;
import io.rostrum.events.AlertRaised;
import io.rostrum.events.AlertType;
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Alerts for the comms team: the list, acknowledgement, and the live stream. Faults in a request are answered as
 * problem details that name the parameter, never echo its value. The Elasticsearch client blocks, so its calls run
 * on the bounded-elastic scheduler.
 */
@RestController
class AlertController {

    private static final Pattern EXECUTIVE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern ALERT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._-]{0,199}");
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    private static final List<String> TYPES = Arrays.stream(AlertType.values()).map(AlertType::id).toList();

    private final AlertSearch search;
    private final AlertAcknowledgements acknowledgements;
    private final LiveAlerts live;

    AlertController(AlertSearch search, AlertAcknowledgements acknowledgements, LiveAlerts live) {
        this.search = search;
        this.acknowledgements = acknowledgements;
        this.live = live;
    }

    @GetMapping("/api/alerts")
    Mono<List<AlertDocument>> alerts(@RequestParam(required = false) @Nullable String executiveId,
                                     @RequestParam(required = false) @Nullable String type,
                                     @RequestParam(required = false) @Nullable Instant from,
                                     @RequestParam(required = false) @Nullable Instant to,
                                     @RequestParam(required = false) @Nullable Boolean acknowledged,
                                     @RequestParam(defaultValue = "20") int size) {
        if (executiveId != null && !EXECUTIVE_ID.matcher(executiveId).matches()) {
            throw badRequest("executiveId must be lower-case letters, digits and dashes");
        }
        AlertCriteria criteria;
        try {
            criteria = new AlertCriteria(executiveId, type == null ? null : alertType(type), from, to, acknowledged,
                    size);
        } catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage()); // AlertCriteria's own messages, which name no caller's value
        }
        return Mono.fromCallable(() -> search.find(criteria)).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Records the acknowledgement under the caller's name, or under {@code onBehalfOf}: the dashboard calls with its
     * service account and names the signed-in person it acts for.
     */
    @PostMapping("/api/alerts/{alertId}/acknowledge")
    Mono<AlertDocument> acknowledge(@PathVariable String alertId,
                                    @RequestParam(required = false) @Nullable String onBehalfOf,
                                    Mono<Principal> principal) {
        if (!ALERT_ID.matcher(alertId).matches()) {
            throw badRequest("alertId must be letters, digits and : . _ -");
        }
        if (onBehalfOf != null && !USER_NAME.matcher(onBehalfOf).matches()) {
            throw badRequest("onBehalfOf must be 1 to 100 letters, digits and . _ @ -");
        }
        return principal.map(who -> onBehalfOf != null ? onBehalfOf : who.getName())
                .flatMap(by -> Mono.fromCallable(() -> acknowledgements.acknowledge(alertId, by))
                        .subscribeOn(Schedulers.boundedElastic()))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such alert")));
    }

    @GetMapping(path = "/api/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<AlertRaised>> stream() {
        return live.stream();
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> unreadableParameter(ServerWebInputException e) {
        String parameter = e.getMethodParameter() == null ? null : e.getMethodParameter().getParameterName();
        return ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                parameter == null ? "a parameter could not be read" : parameter + " could not be read")).build();
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> fault(ResponseStatusException e) {
        return ResponseEntity.of(e.getBody()).build();
    }

    private static AlertType alertType(String id) {
        return Arrays.stream(AlertType.values()).filter(type -> type.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("type must be one of " + TYPES));
    }

    private static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
