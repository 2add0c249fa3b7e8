package io.rostrum.ingest.connector.mastodon;

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
 * Issue 8: whatever a Mastodon instance answers to each of the connector's requests (random bytes, a valid entity
 * cut short, a valid entity with edits), a polling round ends with posts or with the ConnectorException its
 * contract documents, naming the account; never another exception, never a hang.
 */
class MastodonResponsesFuzzTests {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final WatchedAccount DANA =
            new WatchedAccount("exec-dana", Platform.MASTODON, "dana@social.example", "https://social.example");
    /** A first round with one of her posts due for a reply check, so that it asks for every kind of entity. */
    private static final AccountCursor FIRST_ROUND = new AccountCursor(null, null, false,
            List.of(new WatchedThread("113541200000000112", Instant.parse("2026-11-24T08:00:00Z"),
                    NOW.minus(Duration.ofMinutes(1)), NOW.plus(Duration.ofDays(6)))), Map.of(), null);

    /**
     * What the connector asks an instance for: the fixture its fuzzed answers start from, and what a well-behaved
     * instance answers while another entity is under test: a small one, since parsing valid entities at every try
     * only slows the property down.
     */
    enum Entity {
        ACCOUNT("/mastodon/account-lookup.json", "/mastodon/account-lookup.json"),
        STATUSES("/mastodon/statuses-page-3.json", "/mastodon/statuses-page-3.json"),
        STATUS("/mastodon/status-12-edited.json", "/mastodon/status-12-edited.json"),
        CONTEXT("/mastodon/context-12.json", "/mastodon/context-10.json");

        private final FuzzInput sample;
        private final byte[] plain;

        Entity(String sample, String plain) {
            this.sample = FuzzSamples.resource(sample);
            this.plain = FuzzSamples.resource(plain).bytes();
        }

        static Entity askedFor(String path) {
            if (path.endsWith("/accounts/lookup")) {
                return ACCOUNT;
            }
            if (path.endsWith("/statuses") && path.startsWith("/api/v1/accounts/")) {
                return STATUSES;
            }
            return path.endsWith("/context") ? CONTEXT : STATUS;
        }
    }

    /** One entity's answer replaced; the others are the fixtures. */
    record Answered(Entity entity, FuzzInput body) {

        @Override
        public String toString() {
            return entity + ": " + body;
        }
    }

    /** The try under way: tries run one after another, each polling the same connector. */
    private Answered answered;
    private final MastodonConnector connector = new MastodonConnector(InMemoryHttp.answering(this::answer),
            Clock.fixed(NOW, ZoneOffset.UTC), new MastodonProperties(40, 12, Duration.ofDays(180), Duration.ofDays(7),
                    Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofSeconds(30)),
            InMemoryHttp.OUTBOUND);

    @Test
    void randomAnswersEndTheRoundWithAConnectorException() {
        List<FuzzInput> samples = Arrays.stream(Entity.values()).map(entity -> entity.sample).toList();
        FuzzProperty.forAll(answers(entity -> FuzzInputs.random(samples)), this::assertPostsOrConnectorException);
    }

    @Test
    void truncatedAnswersEndTheRoundWithAConnectorException() {
        Cases<Answered> truncated = Cases.concat(List.of(Entity.values()), entity -> FuzzInputs
                .truncations(List.of(entity.sample)).map(body -> new Answered(entity, body)));
        FuzzProperty.forAll(truncated, this::assertPostsOrConnectorException);
    }

    @Test
    void mutatedAnswersGivePostsOrAConnectorException() {
        FuzzProperty.forAll(answers(entity -> FuzzInputs.mutations(List.of(entity.sample))),
                this::assertPostsOrConnectorException);
    }

    private static Gen<Answered> answers(Function<Entity, Gen<FuzzInput>> bodies) {
        return arbitrary().enumValues(Entity.class).flatMap(entity -> bodies.apply(entity)
                .map(body -> new Answered(entity, body)));
    }

    private void assertPostsOrConnectorException(Answered answered) throws Exception {
        this.answered = answered;
        Throwable failure = failureOf(() -> connector.poll(DANA, FIRST_ROUND).block());
        if (failure != null) {
            assertClear(failure, ConnectorException.class, "Mastodon account dana@social.example");
        }
    }

    private Reply answer(ClientRequest request) {
        Entity entity = Entity.askedFor(request.url().getPath());
        return Reply.json(entity == answered.entity() ? answered.body().bytes() : entity.plain);
    }
}
