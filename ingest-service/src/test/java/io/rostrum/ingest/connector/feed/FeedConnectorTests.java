package io.rostrum.ingest.connector.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rostrum.events.Platform;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.connector.AccountCursor;
import io.rostrum.ingest.connector.ConnectorException;
import io.rostrum.ingest.connector.PollResult;
import io.rostrum.ingest.connector.WatchedAccount;
import io.rostrum.support.outbound.OutboundPolicy;
import io.rostrum.support.outbound.OutboundSettings;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

class FeedConnectorTests {

    private static final Instant NOW = Instant.parse("2026-04-03T09:00:00Z");
    private static final String ETAG = "\"v1-abc\"";
    private static final String LAST_MODIFIED = "Fri, 03 Apr 2026 08:00:00 GMT";

    private final MockWebServer server = new MockWebServer();
    /** The feeds are served plain http on this machine: allowed explicitly. */
    private final FeedConnector connector = connector(OutboundSettings.localStandIns());
    private String feedUrl;
    private WatchedAccount account;

    @BeforeEach
    void startServer() throws IOException {
        server.start();
        feedUrl = server.url("/ceo/feed.xml").toString();
        account = new WatchedAccount("ceo-ava", Platform.RSS, feedUrl, feedUrl);
    }

    @AfterEach
    void stopServer() throws IOException {
        server.shutdown();
    }

    @Test
    void readsEveryEntryAndKeepsTheValidatorsOfTheResponse() throws InterruptedException {
        server.enqueue(feed(Fixtures.RSS).setHeader("ETag", ETAG).setHeader("Last-Modified", LAST_MODIFIED));

        PollResult result = connector.poll(account, AccountCursor.start()).block();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeader("If-None-Match")).isNull();
        assertThat(request.getHeader("If-Modified-Since")).isNull();
        assertThat(request.getHeader("Accept")).startsWith("application/rss+xml");
        assertThat(result.retryAfter()).isNull();
        assertThat(result.observations()).hasSize(3).allSatisfy(post -> {
            assertThat(post.executiveId()).isEqualTo("ceo-ava");
            assertThat(post.author().handle()).isEqualTo(server.getHostName());
            assertThat(post.author().executive()).isTrue();
            assertThat(post.observedAt()).isEqualTo(NOW);
        });
        assertThat(result.observations().get(0).text()).startsWith("Why we are doubling the apprenticeship intake");
        assertThat(result.cursor().validators()).containsOnly(
                Map.entry("etag " + feedUrl, ETAG), Map.entry("last-modified " + feedUrl, LAST_MODIFIED));
        assertThat(result.cursor().backfillComplete()).isTrue();
        assertThat(result.cursor().polledAt()).isEqualTo(NOW);
    }

    @Test
    void failsNamingTheFeedWhenTheServerDoesNotAnswerInTime() {
        server.enqueue(feed(Fixtures.RSS).setHeadersDelay(5, TimeUnit.SECONDS));
        FeedConnector impatient = connector(OutboundSettings.localStandIns(), Duration.ofMillis(500));
        Instant started = Instant.now();

        assertThatThrownBy(() -> impatient.poll(account, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining(feedUrl)
                .hasMessageContaining("got no answer within PT0.5S");
        assertThat(Duration.between(started, Instant.now())).as("gave up at the timeout, not at the answer")
                .isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void asksConditionallyWithTheStoredValidatorsAndFindsNothingNewOnNotModified() throws InterruptedException {
        AccountCursor cursor = new AccountCursor("sha256:earlier", null, true, List.of(),
                Map.of("etag " + feedUrl, ETAG, "last-modified " + feedUrl, LAST_MODIFIED,
                        "etag https://other.example/feed", "\"other\""),
                Instant.parse("2026-04-03T08:00:00Z"));
        server.enqueue(new MockResponse().setResponseCode(304));

        PollResult result = connector.poll(account, cursor).block();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeader("If-None-Match")).isEqualTo(ETAG);
        assertThat(request.getHeader("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
        assertThat(result.observations()).isEmpty();
        assertThat(result.retryAfter()).isNull();
        assertThat(result.cursor()).isEqualTo(new AccountCursor(cursor.newest(), cursor.backfill(),
                cursor.backfillComplete(), cursor.threads(), cursor.validators(), NOW));
    }

    @Test
    void observesNothingWhenAServerIgnoringValidatorsSendsTheSameFeedAgain() {
        server.enqueue(feed(Fixtures.RSS));
        server.enqueue(feed(Fixtures.RSS));
        server.enqueue(feed(Fixtures.ATOM));

        PollResult first = connector.poll(account, AccountCursor.start()).block();
        PollResult second = connector.poll(account, first.cursor()).block();
        PollResult changed = connector.poll(account, second.cursor()).block();

        assertThat(first.observations()).hasSize(3);
        assertThat(second.observations()).isEmpty();
        assertThat(second.cursor().newest()).isEqualTo(first.cursor().newest());
        assertThat(changed.observations()).extracting(PostObserved::text)
                .first().asString().startsWith("Governance & the long view");
    }

    @Test
    void comesBackLaterWhenRateLimited() {
        AccountCursor cursor = AccountCursor.start();
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "120"));

        PollResult result = connector.poll(account, cursor).block();

        assertThat(result.retryAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(result.observations()).isEmpty();
        assertThat(result.cursor().validators()).isEqualTo(cursor.validators());
        assertThat(result.cursor().newest()).isNull();
    }

    @Test
    void failsNamingTheFeedWhenTheServerFails() {
        server.enqueue(new MockResponse().setResponseCode(500).setBody("oops"));

        assertThatThrownBy(() -> connector.poll(account, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessage("feed " + feedUrl + " of " + account.key() + ": HTTP 500");
    }

    @Test
    void failsNamingTheFeedWhenTheServerCannotBeReached() throws IOException {
        server.shutdown();

        assertThatThrownBy(() -> connector.poll(account, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessageStartingWith("feed " + feedUrl + " of " + account.key() + ": ");
    }

    @Test
    void failsWithTheLineAndColumnOfAMalformedFeed() {
        server.enqueue(feed(Fixtures.MALFORMED));

        assertThatThrownBy(() -> connector.poll(account, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessageStartingWith("feed " + feedUrl + " of " + account.key() + ": line 7, column 7: ")
                .hasMessageContaining("</item>");
    }

    /** The stack overflow this used to be ended the round on a Reactor thread, which then never completed. */
    @Test
    void failsOnAFeedNestedDeeperThanAnyFeedRatherThanNeverFinishing() {
        String deep = "<div>".repeat(5_000) + "</div>".repeat(5_000);
        server.enqueue(feed(Fixtures.RSS).setBody(Fixtures.text(Fixtures.RSS)
                .replaceFirst("(?s)(<item>.*?<description>)", "$1" + deep)));

        assertThatThrownBy(() -> connector.poll(account, AccountCursor.start()).block(Duration.ofSeconds(10)))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("exceeds the limit \"500\"");
    }

    @Test
    void refusesAFeedWithAnExternalEntity() {
        server.enqueue(feed(Fixtures.XXE));

        assertThatThrownBy(() -> connector.poll(account, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("DOCTYPE is disallowed");
    }

    @Test
    void followsRedirectsToTheFeed() throws InterruptedException {
        server.enqueue(new MockResponse().setResponseCode(301).setHeader("Location", "/moved/feed.xml"));
        server.enqueue(feed(Fixtures.ATOM));

        PollResult result = connector.poll(account, AccountCursor.start()).block();

        assertThat(result.observations()).hasSize(2);
        assertThat(server.takeRequest().getPath()).isEqualTo("/ceo/feed.xml");
        assertThat(server.takeRequest().getPath()).isEqualTo("/moved/feed.xml");
    }

    @Test
    void givesUpAfterFiveRedirects() {
        for (int hop = 1; hop <= FeedConnector.MAX_REDIRECTS + 1; hop++) {
            server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/hop/" + hop));
        }

        assertThatThrownBy(() -> connector.poll(account, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessageEndingWith(": still redirected (HTTP 302) after 5 redirects");
        assertThat(server.getRequestCount()).isEqualTo(FeedConnector.MAX_REDIRECTS + 1);
    }

    @Test
    void refusesAChunkedFeedLargerThanTheLimitWhileReadingIt() {
        server.enqueue(new MockResponse().setChunkedBody(oversizedFeed(), 4096));

        assertThatThrownBy(() -> connector.poll(account, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessageEndingWith(": the feed is larger than the 65536 bytes accepted");
    }

    @Test
    void refusesAFeedWhoseDeclaredLengthExceedsTheLimit() {
        server.enqueue(new MockResponse().setBody(oversizedFeed()));

        assertThatThrownBy(() -> connector.poll(account, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessageEndingWith(": the feed is larger than the 65536 bytes accepted");
    }

    @Test
    void refusesAFeedUrlThatIsNotAWebUrl() {
        WatchedAccount local = new WatchedAccount("ceo-ava", Platform.RSS, "file:///etc/passwd", null);

        assertThatThrownBy(() -> connector.poll(local, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessageEndingWith(": the feed URL must be an http or https URL");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void refusesAFeedUrlThatIsNotAUri() {
        WatchedAccount broken = new WatchedAccount("ceo-ava", Platform.RSS, "https://blog.example/feed|rss", null);

        assertThatThrownBy(() -> connector.poll(broken, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessageEndingWith(": the feed URL must be an http or https URL");
    }

    @Test
    void pollsTheHandleWhenTheAccountHasNoUrl() throws InterruptedException {
        server.enqueue(feed(Fixtures.RSS));

        connector.poll(new WatchedAccount("ceo-ava", Platform.RSS, feedUrl, null), AccountCursor.start()).block();

        assertThat(server.takeRequest().getPath()).isEqualTo("/ceo/feed.xml");
    }

    @Test
    void refusesAPlainHttpFeedUnlessAllowed() {
        FeedConnector strict = connector(OutboundSettings.publicHttpsOnly());

        assertThatThrownBy(() -> strict.poll(account, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining(feedUrl + " of " + account.key() + ": the feed URL is refused: plain http is"
                        + " not allowed: use https (or set rostrum.ingest.outbound.allow-http=true");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void refusesToConnectToAFeedOnThisMachineUnlessAllowed() {
        FeedConnector publicOnly = connector(new OutboundSettings(true, false, List.of()));

        assertThatThrownBy(() -> publicOnly.poll(account, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("a loopback address: requests go to public addresses only (set"
                        + " rostrum.ingest.outbound.allow-private-addresses=true");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void followsNoRedirectToAnAddressThePolicyRefuses() {
        FeedConnector onlyThisHost = connector(new OutboundSettings(true, false, List.of(server.getHostName())));
        // 0.0.0.0 reaches this machine on Linux: a classic way round a check of the name alone
        server.enqueue(new MockResponse().setResponseCode(301)
                .setHeader("Location", "http://0.0.0.0:" + server.getPort() + "/ceo/feed.xml"));

        assertThatThrownBy(() -> onlyThisHost.poll(account, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("0.0.0.0 is an unspecified address (0.0.0.0/8)");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private static FeedConnector connector(OutboundSettings outbound) {
        return connector(outbound, Duration.ofSeconds(30));
    }

    private static FeedConnector connector(OutboundSettings outbound, Duration requestTimeout) {
        return new FeedConnector(WebClient.builder(), Clock.fixed(NOW, ZoneOffset.UTC),
                new FeedProperties(requestTimeout), new OutboundPolicy(outbound, "rostrum.ingest.outbound"), 64 * 1024);
    }

    private static MockResponse feed(String fixture) {
        return new MockResponse().setHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .setBody(Fixtures.text(fixture));
    }

    private static String oversizedFeed() {
        return "<rss version=\"2.0\"><channel><title>Big</title><description>"
                + "x".repeat(100 * 1024) + "</description></channel></rss>";
    }
}
