package io.rostrum.ingest.connector.bluesky;

import static io.rostrum.support.fuzz.FuzzChecks.assertClear;
import static io.rostrum.support.fuzz.FuzzChecks.failureOf;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.rostrum.events.Platform;
import io.rostrum.ingest.FuzzSamples;
import io.rostrum.ingest.connector.AccountCursor;
import io.rostrum.ingest.connector.AccountCursor.WatchedThread;
import io.rostrum.ingest.connector.ConnectorException;
import io.rostrum.ingest.connector.InMemoryHttp;
import io.rostrum.ingest.connector.InMemoryHttp.Reply;
import io.rostrum.ingest.connector.WatchedAccount;
import io.rostrum.support.fuzz.Cases;
import io.rostrum.support.fuzz.FuzzInput;
import io.rostrum.support.fuzz.FuzzInputs;
import io.rostrum.support.fuzz.FuzzProperty;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.springframework.web.reactive.function.client.ClientRequest;

/**
 * Issue 8: whatever the AppView answers to each of the connector's XRPC calls (random bytes, a valid answer cut
 * short, a valid answer with edits), a polling round ends with posts or with the ConnectorException its contract
 * documents, naming the account; never another exception, never a hang.
 */
class BlueskyResponsesFuzzTests {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final WatchedAccount AVA =
            new WatchedAccount("exec-ava", Platform.BLUESKY, "ava.bsky.social", null);
    /** A first round with her post of thread.json due for a reply check, so that it makes every kind of call. */
    private static final AccountCursor FIRST_ROUND = new AccountCursor(null, null, false,
            List.of(new WatchedThread("did:plc:q4ukx7ravnd3lz2wmhbo6tfe/3mbtq2xh7ks2a",
                    Instant.parse("2026-11-25T09:00:00Z"), NOW.minus(Duration.ofMinutes(1)),
                    NOW.plus(Duration.ofDays(6)))), Map.of(), null);

    /** The XRPC methods the connector calls, and the fixtures a well-behaved AppView answers. */
    enum Method {
        PROFILE("app.bsky.actor.getProfile", "/bluesky/profile.json"),
        FEED("app.bsky.feed.getAuthorFeed", "/bluesky/feed-page-1.json", "/bluesky/feed-forward.json"),
        THREAD("app.bsky.feed.getPostThread", "/bluesky/thread.json"),
        PROFILES("app.bsky.actor.getProfiles", "/bluesky/profiles.json");

        private final String name;
        private final List<FuzzInput> samples;

        Method(String name, String... fixtures) {
            this.name = name;
            this.samples = Arrays.stream(fixtures).map(FuzzSamples::resource).toList();
        }

        static Method called(String path) {
            return Arrays.stream(values()).filter(method -> path.endsWith("/" + method.name)).findFirst()
                    .orElseThrow(() -> new AssertionError("the connector called " + path));
        }
    }

    /** One method's answer replaced; the others are the first fixtures. */
    record Answered(Method method, FuzzInput body) {

        @Override
        public String toString() {
            return method.name + ": " + body;
        }
    }

    /** The try under way: tries run one after another, each polling the same connector. */
    private Answered answered;
    private final BlueskyConnector connector = new BlueskyConnector(InMemoryHttp.answering(this::answer),
            Clock.fixed(NOW, ZoneOffset.UTC), new BlueskyProperties(URI.create("https://appview.test"),
                    Duration.ofDays(180), Duration.ofDays(7), 1, 20, Duration.ofSeconds(30)), InMemoryHttp.OUTBOUND);

    @Test
    void randomAnswersEndTheRoundWithAConnectorException() {
        List<FuzzInput> samples = Arrays.stream(Method.values()).flatMap(method -> method.samples.stream()).toList();
        FuzzProperty.forAll(answers(method -> FuzzInputs.random(samples)), this::assertPostsOrConnectorException);
    }

    @Test
    void truncatedAnswersEndTheRoundWithAConnectorException() {
        Cases<Answered> truncated = Cases.concat(List.of(Method.values()), method -> FuzzInputs
                .truncations(method.samples).map(body -> new Answered(method, body)));
        FuzzProperty.forAll(truncated, this::assertPostsOrConnectorException);
    }

    @Test
    void mutatedAnswersGivePostsOrAConnectorException() {
        FuzzProperty.forAll(answers(method -> FuzzInputs.mutations(method.samples)),
                this::assertPostsOrConnectorException);
    }

    private static Gen<Answered> answers(Function<Method, Gen<FuzzInput>> bodies) {
        return arbitrary().enumValues(Method.class).flatMap(method -> bodies.apply(method)
                .map(body -> new Answered(method, body)));
    }

    private void assertPostsOrConnectorException(Answered answered) throws Exception {
        this.answered = answered;
        Throwable failure = failureOf(() -> connector.poll(AVA, FIRST_ROUND).block());
        if (failure != null) {
            assertClear(failure, ConnectorException.class, "Bluesky account ava.bsky.social of exec-ava");
        }
    }

    private Reply answer(ClientRequest request) {
        Method method = Method.called(request.url().getPath());
        return Reply.json(method == answered.method() ? answered.body().bytes() : method.samples.get(0).bytes());
    }
}
