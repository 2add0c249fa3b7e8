package io.rostrum.ingest.connector;

import io.rostrum.support.outbound.OutboundPolicy;
import io.rostrum.support.outbound.OutboundSettings;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeStrategies;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A WebClient whose requests never leave the JVM: each is answered at once by a function, as the platform's server
 * would answer. Fast enough to poll a connector ten thousand times, which a socket per request is not.
 */
public final class InMemoryHttp {

    /** As generous as the connectors' own limits, so that every fuzzed body reaches the parser whole. */
    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final ExchangeStrategies STRATEGIES = ExchangeStrategies.builder()
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES)).build();

    /**
     * For a connector built on {@link #answering}: the in-memory exchange takes the place of the connector's guarded
     * HTTP client, so no address is ever looked up, and the test hosts' URLs pass the policy's own checks.
     */
    public static final OutboundPolicy OUTBOUND =
            new OutboundPolicy(OutboundSettings.localStandIns(), "rostrum.ingest.outbound");

    private InMemoryHttp() {
    }

    /** What the server answers to one request. */
    public record Reply(int status, Map<String, String> headers, byte[] body) {

        public static Reply json(byte[] body) {
            return new Reply(200, Map.of("Content-Type", "application/json"), body);
        }
    }

    public static WebClient.Builder answering(Function<ClientRequest, Reply> server) {
        return WebClient.builder()
                .exchangeFunction(request -> Mono.fromSupplier(() -> response(server.apply(request))));
    }

    private static ClientResponse response(Reply reply) {
        return ClientResponse.create(HttpStatusCode.valueOf(reply.status()), STRATEGIES)
                .headers(headers -> reply.headers().forEach(headers::add))
                .body(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(reply.body())))
                .build();
    }
}
