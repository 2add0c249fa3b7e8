package io.rostrum.ingest.connector.bluesky;

import io.rostrum.events.PostObserved;
import io.rostrum.ingest.connector.ConnectorException;
import io.rostrum.ingest.connector.WatchedAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;

/**
 * One polling round of one account: its page budget, what it has observed so far (the latest observation of a
 * post wins, so a post seen in the feed and again in a thread is reported once) and, once the platform asked to
 * slow down, how long to wait. Steps run one after another, never concurrently.
 */
final class Round {

    private final XrpcClient xrpc;
    private final String account;
    private final Instant now;
    private final Map<String, PostObserved> observations = new LinkedHashMap<>();
    private int pagesLeft;
    private @Nullable Duration retryAfter;

    Round(XrpcClient xrpc, WatchedAccount account, Instant now, int pages) {
        this.xrpc = xrpc;
        this.account = "Bluesky account " + account.handle() + " of " + account.executiveId();
        this.now = now;
        this.pagesLeft = pages;
    }

    Instant now() {
        return now;
    }

    String account() {
        return account;
    }

    /**
     * Calls an XRPC method and reads its body; completes empty when the rate limit stopped the round, either now
     * (429) or after this response (budget spent), in which case the body is still read.
     */
    <T> Mono<T> call(String method, List<Entry<String, String>> params, Reader<T> reader) {
        return xrpc.get(account, method, params).flatMap(reply -> {
            if (reply instanceof XrpcReply.Refused refused) {
                stop(refused.retryAfter());
                return Mono.empty();
            }
            XrpcReply.Fetched fetched = (XrpcReply.Fetched) reply;
            T read = read(method, () -> reader.read(fetched));
            if (fetched.exhausted() != null) {
                stop(fetched.exhausted());
            }
            return Mono.just(read);
        });
    }

    /** Takes one feed page from the budget; false when the budget is spent. */
    boolean takePage() {
        if (pagesLeft == 0) {
            return false;
        }
        pagesLeft--;
        return true;
    }

    void observe(PostObserved observation) {
        observations.put(observation.postKey(), observation);
    }

    void observeAll(List<PostObserved> found) {
        found.forEach(this::observe);
    }

    List<PostObserved> observations() {
        return new ArrayList<>(observations.values());
    }

    void stop(Duration wait) {
        retryAfter = wait;
    }

    boolean stopped() {
        return retryAfter != null;
    }

    @Nullable Duration retryAfter() {
        return retryAfter;
    }

    /**
     * Parses what a method returned; a payload not shaped like its lexicon fails the round naming the method. That
     * includes a value Jackson cannot convert as asked, such as a count beyond any long.
     */
    <T> T read(String method, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (PayloadException | IllegalArgumentException | JacksonException e) {
            throw new ConnectorException(account + ": unexpected " + method + " payload: " + e.getMessage(), e);
        }
    }

    /** Reads what an XRPC method returned. */
    @FunctionalInterface
    interface Reader<T> {
        T read(XrpcReply.Fetched fetched);
    }
}
