package io.rostrum.ingest.connector.mastodon;

import io.rostrum.ingest.connector.ConnectorException;
import io.rostrum.ingest.connector.RateLimits;
import io.rostrum.ingest.connector.mastodon.EntityReader.MalformedEntityException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The public API of one executive's home instance, as the connector uses it. Each method makes exactly one
 * request. A rate limit comes back as an {@link Answer}; every other failure (a 5xx, a connection error, a
 * timeout, a malformed payload) as a {@link ConnectorException} naming the account, the request and the problem.
 */
final class MastodonClient {

    private static final Logger log = LoggerFactory.getLogger(MastodonClient.class);

    private final WebClient web;
    private final EntityReader reader;
    private final MastodonHandle handle;
    private final String executiveId;
    private final Clock clock;
    private final Duration timeout;

    MastodonClient(WebClient web, EntityReader reader, MastodonHandle handle, String executiveId, Clock clock,
                   Duration timeout) {
        this.web = web;
        this.reader = reader;
        this.handle = handle;
        this.executiveId = executiveId;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** The account by its local username; an unknown account fails, since nothing can be polled without it. */
    Mono<Answer<MastodonAccount>> lookup() {
        return get(uri("/api/v1/accounts/lookup").queryParam("acct", handle.username()).build().encode().toUri(),
                reader::account, false);
    }

    /**
     * A page of the account's statuses, newest first. With {@code maxId} the page just older than it; with
     * {@code minId} the page just newer than it (still newest first); with neither the newest page.
     */
    Mono<Answer<List<MastodonStatus>>> statuses(String accountId, int limit, @Nullable String maxId,
                                                @Nullable String minId) {
        UriComponentsBuilder uri = uri("/api/v1/accounts/{id}/statuses").queryParam("limit", limit);
        if (maxId != null) {
            uri.queryParam("max_id", maxId);
        }
        if (minId != null) {
            uri.queryParam("min_id", minId);
        }
        return get(uri.buildAndExpand(accountId).encode().toUri(), reader::statuses, false);
    }

    /** One status, with its current counters and text; {@link Answer.Gone} once deleted. */
    Mono<Answer<MastodonStatus>> status(String id) {
        return get(uri("/api/v1/statuses/{id}").buildAndExpand(id).encode().toUri(), reader::status, true);
    }

    /** The thread around a status; {@link Answer.Gone} once the status is deleted. */
    Mono<Answer<MastodonContext>> context(String id) {
        return get(uri("/api/v1/statuses/{id}/context").buildAndExpand(id).encode().toUri(), reader::context,
                true);
    }

    private UriComponentsBuilder uri(String path) {
        return UriComponentsBuilder.fromUri(handle.base()).path(path);
    }

    private <T> Mono<Answer<T>> get(URI uri, Function<byte[], T> parse, boolean goneIsAnAnswer) {
        String request = "GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return web.get().uri(uri).accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(response -> answer(response, request, parse, goneIsAnAnswer))
                .timeout(timeout)
                .onErrorMap(e -> !(e instanceof ConnectorException), e -> failure(request, describe(e), e));
    }

    private <T> Mono<Answer<T>> answer(ClientResponse response, String request, Function<byte[], T> parse,
                                       boolean goneIsAnAnswer) {
        HttpHeaders headers = response.headers().asHttpHeaders();
        int status = response.statusCode().value();
        log.debug("Mastodon {}: {} answered {}", handle.handle(), request, status);
        if (status == 429) {
            Duration wait = RateLimits.waitAfter429(headers, clock.instant());
            log.info("Mastodon {}: {} was rate-limited, retry after {}", handle.handle(), request, wait);
            return response.releaseBody().then(Mono.just(new Answer.Throttled<>(wait)));
        }
        if (goneIsAnAnswer && (status == 404 || status == 410)) {
            return response.releaseBody().then(Mono.just(new Answer.Gone<>()));
        }
        if (!response.statusCode().is2xxSuccessful()) {
            return response.releaseBody().then(Mono.error(failure(request, "answered HTTP " + status, null)));
        }
        return response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0]).map(body -> {
            try {
                return new Answer.Found<>(parse.apply(body), LinkHeader.parse(headers.getFirst(HttpHeaders.LINK)),
                        RateLimits.waitWhenExhausted(headers, clock.instant()).orElse(null));
            } catch (MalformedEntityException e) {
                throw failure(request, "malformed JSON: " + e.getMessage(), e);
            }
        });
    }

    private ConnectorException failure(String request, String problem, @Nullable Throwable cause) {
        String message = "Mastodon account " + handle.handle() + " of executive " + executiveId + ": " + request
                + " " + problem;
        return cause == null ? new ConnectorException(message) : new ConnectorException(message, cause);
    }

    private String describe(Throwable e) {
        return e instanceof TimeoutException ? "got no answer within " + timeout
                : "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
