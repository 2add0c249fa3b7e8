package io.rostrum.ingest.connector.bluesky;

import io.rostrum.ingest.connector.ConnectorException;
import io.rostrum.ingest.connector.RateLimits;
import io.rostrum.support.outbound.OutboundPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GETs public XRPC queries. A 429 is a reply ({@link XrpcReply.Refused}), not a failure; every other problem (an
 * error status, an XRPC error body, a body that is not JSON, no answer in time) fails with a ConnectorException
 * naming the account and the method.
 */
final class XrpcClient {

    /** Author feeds of 100 full post views run to several hundred kilobytes, above WebClient's 256 KB default. */
    private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    private static final int MAX_MESSAGE_CHARS = 200;

    private final WebClient web;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration timeout;

    XrpcClient(WebClient.Builder webClients, Clock clock, BlueskyProperties properties, OutboundPolicy outbound) {
        this.web = webClients.clone()
                .clientConnector(new ReactorClientHttpConnector(outbound.guard(HttpClient.create())))
                .baseUrl(properties.baseUrl().toString())
                .defaultHeader(HttpHeaders.ACCEPT, "application/json")
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES))
                .build();
        this.json = JsonMapper.shared();
        this.clock = clock;
        this.timeout = properties.requestTimeout();
    }

    /**
     * @param params query parameters in order, repeated names allowed; values are sent fully encoded (at-URIs and
     *               cursors contain {@code :}, {@code /} and possibly {@code +})
     */
    Mono<XrpcReply> get(String account, String method, List<Map.Entry<String, String>> params) {
        return web.get()
                .uri(builder -> {
                    Map<String, String> values = new HashMap<>();
                    builder.path("/xrpc/" + method);
                    for (int i = 0; i < params.size(); i++) {
                        builder.queryParam(params.get(i).getKey(), "{p" + i + "}");
                        values.put("p" + i, params.get(i).getValue());
                    }
                    return builder.build(values);
                })
                .exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("")
                        .map(body -> reply(account, method, response.statusCode().value(),
                                response.headers().asHttpHeaders(), body)))
                .timeout(timeout)
                .onErrorMap(e -> !(e instanceof ConnectorException),
                        e -> new ConnectorException(account + ": " + method + " failed: " + e, e));
    }

    private XrpcReply reply(String account, String method, int status, HttpHeaders headers, String body) {
        if (status == HttpStatus.TOO_MANY_REQUESTS.value()) {
            return new XrpcReply.Refused(RateLimits.waitAfter429(headers, clock.instant()));
        }
        JsonNode parsed = parse(body);
        String error = parsed == null ? null : Json.optionalText(parsed, "error");
        if (error != null) {
            String message = Json.optionalText(parsed, "message");
            throw new XrpcError(account + ": " + method + " answered HTTP " + status + " " + error
                    + (message == null ? "" : ": " + shorten(message)), error);
        }
        if (status < 200 || status > 299) {
            throw new ConnectorException(account + ": " + method + " answered HTTP " + status);
        }
        if (parsed == null || !parsed.isObject()) {
            throw new ConnectorException(account + ": " + method + " returned malformed JSON ("
                    + body.length() + " characters)");
        }
        return new XrpcReply.Fetched(parsed, RateLimits.waitWhenExhausted(headers, clock.instant()).orElse(null));
    }

    private @Nullable JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_MESSAGE_CHARS ? text : text.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
}
