package io.rostrum.analytics.alert;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rostrum.events.AlertRaised;
import io.rostrum.support.outbound.OutboundPolicy;
import io.rostrum.support.outbound.RefusedDestinationException;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts one alert to one webhook, signed, retrying with exponential back-off and jitter while the failure may
 * pass (no connection, a timeout, 429, 5xx) and for a bounded number of attempts; any other 4xx means the
 * receiver will never take this body, so it is not retried. Never fails: every delivery ends delivered or failed,
 * counted in {@code rostrum.analytics.webhook.deliveries} and logged, with each retry counted as it happens.
 * Every connection is held to the outbound policy; a refused one is not retried, since it will be refused again.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final double JITTER = 0.5;

    /** How a delivery ended. */
    enum Outcome { DELIVERED, FAILED }

    private final WebClient http;
    private final JsonMapper json;
    private final AlertProperties.Delivery delivery;
    private final Counter delivered;
    private final Counter retried;
    private final Counter failed;

    WebhookSender(WebClient.Builder http, JsonMapper json, AlertProperties properties, MeterRegistry meters,
                  OutboundPolicy outbound) {
        this.http = http.clientConnector(new ReactorClientHttpConnector(outbound.guard(HttpClient.create()))).build();
        this.json = json;
        this.delivery = properties.delivery();
        this.delivered = meters.counter("rostrum.analytics.webhook.deliveries", "outcome", "delivered");
        this.retried = meters.counter("rostrum.analytics.webhook.deliveries", "outcome", "retried");
        this.failed = meters.counter("rostrum.analytics.webhook.deliveries", "outcome", "failed");
    }

    Mono<Outcome> send(AlertProperties.Webhook webhook, AlertRaised alert) {
        byte[] body = json.writeValueAsBytes(SlackMessage.of(alert));
        return Mono.defer(() -> attempt(webhook, body))
                .retryWhen(Retry.backoff(delivery.attempts() - 1L, delivery.firstBackoff())
                        .maxBackoff(delivery.maxBackoff())
                        .jitter(JITTER)
                        .filter(WebhookSender::mayPass)
                        .doBeforeRetry(retry -> {
                            retried.increment();
                            log.info("Retrying alert {} to webhook {} after attempt {}: {}", alert.alertId(),
                                    webhook.where(), retry.totalRetries() + 1, describe(retry.failure()));
                        })
                        .onRetryExhaustedThrow((spec, retry) -> retry.failure()))
                .then(Mono.fromCallable(() -> {
                    delivered.increment();
                    log.info("Delivered alert {} to webhook {}", alert.alertId(), webhook.where());
                    return Outcome.DELIVERED;
                }))
                .onErrorResume(failure -> {
                    failed.increment();
                    log.warn("Gave up delivering alert {} to webhook {}: {}", alert.alertId(), webhook.where(),
                            describe(failure));
                    return Mono.just(Outcome.FAILED);
                });
    }

    /** One try, stamped and signed afresh, so the timestamp a receiver checks is the time of this try. */
    private Mono<Void> attempt(AlertProperties.Webhook webhook, byte[] body) {
        long timestamp = Instant.now().getEpochSecond();
        return http.post().uri(webhook.url())
                .contentType(MediaType.APPLICATION_JSON)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(webhook.secret(), timestamp, body))
                .bodyValue(body)
                .retrieve()
                .toBodilessEntity()
                .timeout(delivery.timeout())
                .then();
    }

    private static boolean mayPass(Throwable failure) {
        if (failure instanceof WebClientResponseException response) {
            return response.getStatusCode().is5xxServerError()
                    || response.getStatusCode().isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS);
        }
        if (failure instanceof WebClientRequestException request) {
            return !(NestedExceptionUtils.getMostSpecificCause(request) instanceof RefusedDestinationException);
        }
        return failure instanceof TimeoutException;
    }

    /** The status or the kind of failure; never a response body, which is the receiver's text, not ours. */
    private static String describe(Throwable failure) {
        if (failure instanceof WebClientResponseException response) {
            return "HTTP " + response.getStatusCode().value();
        }
        if (failure instanceof TimeoutException) {
            return "no answer in time";
        }
        if (failure instanceof WebClientRequestException request
                && NestedExceptionUtils.getMostSpecificCause(request) instanceof RefusedDestinationException refused) {
            // our own words, naming host and address only, never the path with its token
            return "refused: " + refused.getMessage();
        }
        if (failure instanceof WebClientRequestException request) {
            return "no connection (" + NestedExceptionUtils.getMostSpecificCause(request).getClass().getSimpleName()
                    + ")";
        }
        return failure.getClass().getSimpleName();
    }
}
