package io.rostrum.ingest.connector.feed;

import static io.rostrum.support.fuzz.FuzzChecks.assertClear;
import static io.rostrum.support.fuzz.FuzzChecks.failureOf;

import io.rostrum.events.Platform;
import io.rostrum.ingest.FuzzSamples;
import io.rostrum.ingest.connector.AccountCursor;
import io.rostrum.ingest.connector.ConnectorException;
import io.rostrum.ingest.connector.InMemoryHttp;
import io.rostrum.ingest.connector.InMemoryHttp.Reply;
import io.rostrum.ingest.connector.WatchedAccount;
import io.rostrum.support.fuzz.FuzzInput;
import io.rostrum.support.fuzz.FuzzInputs;
import io.rostrum.support.fuzz.FuzzProperty;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: whatever a feed URL serves (random bytes, a valid RSS or Atom feed cut short, a valid feed with edits),
 * a polling round ends with posts or with the ConnectorException its contract documents, naming the feed and the
 * account; never another exception, never a hang.
 */
class FeedConnectorResponsesFuzzTests {

    private static final String FEED_URL = "https://lee.example/feed.xml";
    private static final WatchedAccount LEE = new WatchedAccount("exec-lee", Platform.RSS, FEED_URL, null);
    private static final List<FuzzInput> FEEDS = List.of(FuzzSamples.resource("/feeds/" + Fixtures.RSS),
            FuzzSamples.resource("/feeds/" + Fixtures.ATOM), FuzzSamples.resource("/feeds/" + Fixtures.INJECTION));

    /** The body the feed URL serves in the try under way: tries run one after another on the same connector. */
    private FuzzInput served;
    private final FeedConnector connector = new FeedConnector(InMemoryHttp.answering(request -> new Reply(200,
            Map.of("Content-Type", "application/rss+xml"), served.bytes())),
            Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC), new FeedProperties(Duration.ofSeconds(30)),
            InMemoryHttp.OUTBOUND);

    @Test
    void randomBodiesEndTheRoundWithAConnectorException() {
        FuzzProperty.forAll(FuzzInputs.random(FEEDS), this::assertPostsOrConnectorException);
    }

    @Test
    void truncatedFeedsEndTheRoundWithAConnectorException() {
        FuzzProperty.forAll(FuzzInputs.truncations(FEEDS), this::assertPostsOrConnectorException);
    }

    @Test
    void mutatedFeedsGivePostsOrAConnectorException() {
        FuzzProperty.forAll(FuzzInputs.mutations(FEEDS), this::assertPostsOrConnectorException);
    }

    private void assertPostsOrConnectorException(FuzzInput body) throws Exception {
        served = body;
        Throwable failure = failureOf(() -> connector.poll(LEE, AccountCursor.start()).block());
        if (failure != null) {
            assertClear(failure, ConnectorException.class, "feed " + FEED_URL + " of " + LEE.key());
        }
    }
}
