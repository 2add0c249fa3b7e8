package io.rostrum.ingest.connector.bluesky;

import static io.rostrum.ingest.connector.bluesky.FakeAppView.FEED;
import static io.rostrum.ingest.connector.bluesky.FakeAppView.PROFILE;
import static io.rostrum.ingest.connector.bluesky.FakeAppView.PROFILES;
import static io.rostrum.ingest.connector.bluesky.FakeAppView.THREAD;
import static io.rostrum.ingest.connector.bluesky.FakeAppView.fixture;
import static io.rostrum.ingest.connector.bluesky.FakeAppView.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.connector.AccountCursor;
import io.rostrum.ingest.connector.AccountCursor.WatchedThread;
import io.rostrum.ingest.connector.ConnectorException;
import io.rostrum.ingest.connector.PollResult;
import io.rostrum.ingest.connector.WatchedAccount;
import io.rostrum.support.outbound.OutboundPolicy;
import io.rostrum.support.outbound.OutboundSettings;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

class BlueskyConnectorTests {

    /** The fake AppView is plain http on this machine: allowed explicitly. */
    private static final OutboundPolicy LOCAL_STAND_INS =
            new OutboundPolicy(OutboundSettings.localStandIns(), "rostrum.ingest.outbound");
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String EXEC = "did:plc:q4ukx7ravnd3lz2wmhbo6tfe";
    private static final String JAMIE = "did:plc:j2mrx5kvbq7wcy3ztho4dlna";
    private static final String PRIYA = "did:plc:p7fsn4ckwz2qhlxb3dmoeyrt";
    private static final WatchedAccount ACCOUNT =
            new WatchedAccount("ceo-ava-lindqvist", Platform.BLUESKY, "ava.bsky.social", null);

    private static final String REPOST = EXEC + "/repost/3mbu4dqzlwc2d";
    private static final String P1 = EXEC + "/3mbtq2xh7ks2a";
    private static final String P2 = EXEC + "/3mbtqd6wzbk2b";
    private static final String R1 = EXEC + "/3mbrxl3vq4k2f";
    private static final String HTML = EXEC + "/3mbph4xkdnc2h";
    private static final String P7 = EXEC + "/3mb5uqkd2ya2i";
    private static final String NEWEST_OF_PAGE_1 = "2026-11-25T11:00:00.412Z " + REPOST;

    private FakeAppView appView;

    @BeforeEach
    void startAppView() throws IOException {
        appView = new FakeAppView().answer(PROFILE, fixture("profile.json"));
    }

    @AfterEach
    void stopAppView() throws IOException {
        appView.close();
    }

    @Test
    void backfillsOverSeveralCursorPagesUntilTheFeedEndsOrPassesTheHorizon() {
        servePages();

        PollResult result = poll(connector(10, 0), AccountCursor.start());

        assertThat(nativeIds(result)).containsExactly(REPOST, P2, P1, R1, HTML, P7);
        assertThat(result.cursor().backfillComplete()).isTrue();
        assertThat(result.cursor().backfill()).isNull();
        assertThat(result.cursor().newest()).isEqualTo(NEWEST_OF_PAGE_1);
        assertThat(result.cursor().polledAt()).isEqualTo(NOW);
        assertThat(result.retryAfter()).isNull();
        assertThat(appView.requests(FEED)).extracting(url -> url.queryParameter("cursor"))
                .containsExactly(null, "2026-11-25T09:00:00.000Z", "2026-11-22T08:00:00.000Z");
        assertThat(appView.requests(FEED).get(0).queryParameter("actor")).isEqualTo(EXEC);
        assertThat(appView.requests(FEED).get(0).queryParameter("filter")).isEqualTo("posts_with_replies");
        assertThat(appView.requests(FEED).get(0).queryParameter("limit")).isEqualTo("100");
    }

    @Test
    void readsTheExecutiveTheirPostsSelfThreadsAndRepliesToOthers() {
        servePages();

        Map<String, PostObserved> posts = byNativeId(poll(connector(10, 0), AccountCursor.start()));

        PostObserved p1 = posts.get(P1);
        assertThat(p1.kind()).isEqualTo(PostKind.EXECUTIVE_POST);
        assertThat(p1.postKey()).isEqualTo("bluesky:" + P1);
        assertThat(p1.executiveId()).isEqualTo("ceo-ava-lindqvist");
        assertThat(p1.inReplyToKey()).isNull();
        assertThat(p1.createdAt()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(p1.language()).isEqualTo("en");
        assertThat(p1.url()).isEqualTo("https://bsky.app/profile/ava.bsky.social/post/3mbtq2xh7ks2a");
        assertThat(p1.metrics()).satisfies(metrics -> {
            assertThat(metrics.replies()).isEqualTo(4);
            assertThat(metrics.reposts()).isEqualTo(12);
            assertThat(metrics.likes()).isEqualTo(87);
            assertThat(metrics.quotes()).isEqualTo(2);
            assertThat(metrics.observedAt()).isEqualTo(NOW);
        });
        assertThat(p1.author()).satisfies(author -> {
            assertThat(author.id()).isEqualTo(EXEC);
            assertThat(author.handle()).isEqualTo("ava.bsky.social");
            assertThat(author.displayName()).isEqualTo("Ava Lindqvist");
            assertThat(author.profileText()).startsWith("CEO, Northwind Grid.");
            assertThat(author.followers()).isEqualTo(38914);
            assertThat(author.executive()).isTrue();
        });
        assertThat(posts.get(P2).kind()).isEqualTo(PostKind.EXECUTIVE_POST);
        assertThat(posts.get(P2).inReplyToKey()).isEqualTo("bluesky:" + P1);
        assertThat(posts.get(P2).threadRootKey()).isEqualTo("bluesky:" + P1);
        assertThat(posts.get(R1).kind()).isEqualTo(PostKind.EXECUTIVE_REPLY);
        assertThat(posts.get(R1).inReplyToKey()).isEqualTo("bluesky:did:plc:s3kd7qvnw2mfxhzcj4lbtoya/3mbrwq5c2ns2e");
        assertThat(posts.get(P7).language()).isEqualTo("en");
        assertThat(posts).doesNotContainKey("did:plc:j2mrx5kvbq7wcy3ztho4dlna/3mbrq7vjwms2g");
    }

    @Test
    void resolvesShortenedLinksByUtf8ByteOffsetsAndKeepsMarkupAsInertText() {
        servePages();

        Map<String, PostObserved> posts = byNativeId(poll(connector(10, 0), AccountCursor.start()));

        assertThat(posts.get(P1).text()).isEqualTo("Q3 numbers are in 🚀⚡ read: "
                + "https://northwindgrid.example/blog/2026/11/q3-operating-update thanks @jamie.bsky.social");
        assertThat(posts.get(HTML).text()).isEqualTo(
                "<script>alert(\"x\")</script> Our <b>new</b> site & \"more\" <a href=\"javascript:alert(1)\">here</a>");
    }

    @Test
    void turnsARepostIntoARepostByTheExecutiveWithItsOwnId() {
        servePages();

        PostObserved repost = byNativeId(poll(connector(10, 0), AccountCursor.start())).get(REPOST);

        assertThat(repost.kind()).isEqualTo(PostKind.REPOST);
        assertThat(repost.author().id()).isEqualTo(EXEC);
        assertThat(repost.createdAt()).isEqualTo(Instant.parse("2026-11-25T11:00:00.412Z"));
        assertThat(repost.text()).isEqualTo("Northwind Grid has published its Q3 operating update.");
        assertThat(repost.url())
                .isEqualTo("https://bsky.app/profile/northwindgrid.bsky.social/post/3mbtkzq4ha22c");
        assertThat(repost.metrics().reposts()).isEqualTo(40);
        assertThat(repost.inReplyToKey()).isNull();
    }

    @Test
    void resumesAnInterruptedBackfillAfterARestartWithoutDuplicates() {
        servePages();

        PollResult first = poll(connector(2, 0), AccountCursor.start());
        PollResult second = poll(connector(2, 0), first.cursor());

        assertThat(nativeIds(first)).containsExactly(REPOST, P2, P1, R1, HTML);
        assertThat(first.cursor().backfill()).isEqualTo("2026-11-22T08:00:00.000Z");
        assertThat(first.cursor().backfillComplete()).isFalse();
        assertThat(nativeIds(second)).containsExactly(P7);
        assertThat(second.cursor().backfillComplete()).isTrue();
        assertThat(second.cursor().newest()).isEqualTo(NEWEST_OF_PAGE_1);
        List<String> all = new ArrayList<>(nativeIds(first));
        all.addAll(nativeIds(second));
        assertThat(all).hasSize(6).doesNotHaveDuplicates();
        assertThat(appView.requests(FEED)).extracting(url -> url.queryParameter("cursor"))
                .containsExactly(null, "2026-11-25T09:00:00.000Z", null, "2026-11-22T08:00:00.000Z");
    }

    @Test
    void pollsForwardOnlyUntilTheNewestItemSeenBefore() {
        appView.answerPage(FEED, null, fixture("feed-forward.json"));
        AccountCursor seen =
                new AccountCursor(NEWEST_OF_PAGE_1, null, true, List.of(), Map.of(), NOW.minusSeconds(600));

        PollResult result = poll(connector(10, 0), seen);

        assertThat(nativeIds(result)).containsExactly(EXEC + "/3mbu6tlqvzs2k", EXEC + "/3mbu5xzkc3k2l");
        assertThat(result.cursor().newest()).isEqualTo("2026-11-25T11:45:00Z " + EXEC + "/3mbu6tlqvzs2k");
        assertThat(appView.requests(FEED)).hasSize(1);
    }

    @Test
    void watchesTheExecutivesRecentPostsAndRepliesOnADecayingSchedule() {
        servePages();

        PollResult result = poll(connector(10, 0), AccountCursor.start());

        assertThat(result.cursor().threads()).extracting(WatchedThread::nativeId).containsExactly(P2, P1, R1, HTML);
        WatchedThread p1 = result.cursor().threads().get(1);
        // posted at 09:00 and first seen at 12:00: the next check age on the doubling schedule is 4 h
        assertThat(p1.nextCheck()).isEqualTo(Instant.parse("2026-11-25T13:00:00Z"));
        assertThat(p1.watchUntil()).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
    }

    @Test
    void collectsNestedRepliesSkipsDeletedAndBlockedOnesAndEnrichesTheirAuthors() {
        appView.answerPage(FEED, null, fixture("feed-page-1.json"))
                .answer(THREAD, fixture("thread.json"))
                .answer(PROFILES, fixture("profiles.json"));
        WatchedThread due = new WatchedThread(P1, Instant.parse("2026-11-25T09:00:00Z"),
                Instant.parse("2026-11-25T11:00:00Z"), Instant.parse("2026-12-02T09:00:00Z"));
        AccountCursor cursor = new AccountCursor(NEWEST_OF_PAGE_1, null, true, List.of(due), Map.of(), null);

        PollResult result = poll(connector(10, 5), cursor);

        Map<String, PostObserved> posts = byNativeId(result);
        String reply = JAMIE + "/3mbtqkw5dxs2m";
        String answer = EXEC + "/3mbtrmv7yfc2n";
        String nested = PRIYA + "/3mbtsq2lhbk2o";
        assertThat(posts).containsOnlyKeys(P1, reply, answer, nested, P2);
        assertThat(posts.get(reply).kind()).isEqualTo(PostKind.STAKEHOLDER_REPLY);
        assertThat(posts.get(reply).inReplyToKey()).isEqualTo("bluesky:" + P1);
        assertThat(posts.get(reply).threadRootKey()).isEqualTo("bluesky:" + P1);
        assertThat(posts.get(reply).text()).isEqualTo("@ava.bsky.social what does storage cost per MWh now?");
        assertThat(posts.get(answer).kind()).isEqualTo(PostKind.EXECUTIVE_REPLY);
        assertThat(posts.get(answer).inReplyToKey()).isEqualTo("bluesky:" + reply);
        assertThat(posts.get(nested).kind()).isEqualTo(PostKind.STAKEHOLDER_REPLY);
        assertThat(posts.get(nested).inReplyToKey()).isEqualTo("bluesky:" + answer);
        assertThat(posts.get(nested).threadRootKey()).isEqualTo("bluesky:" + P1);
        assertThat(posts.get(nested).language()).isNull();
        assertThat(posts.get(P2).kind()).isEqualTo(PostKind.EXECUTIVE_POST);
        assertThat(posts.get(reply).author()).satisfies(author -> {
            assertThat(author.displayName()).isEqualTo("Jamie Okafor");
            assertThat(author.profileText()).isEqualTo("Energy reporter at Nordic Power Weekly.");
            assertThat(author.followers()).isEqualTo(15210);
            assertThat(author.executive()).isFalse();
        });
        assertThat(posts.get(nested).author().displayName()).isEqualTo("priya.energy");
        assertThat(posts.get(nested).author().followers()).isEqualTo(2804);

        HttpUrl thread = appView.requests(THREAD).get(0);
        assertThat(thread.queryParameter("uri")).isEqualTo("at://" + EXEC + "/app.bsky.feed.post/3mbtq2xh7ks2a");
        assertThat(thread.queryParameter("depth")).isEqualTo("6");
        assertThat(thread.queryParameter("parentHeight")).isEqualTo("0");
        assertThat(thread.encodedQuery()).contains("uri=at%3A%2F%2Fdid%3Aplc%3A");
        assertThat(appView.requests(PROFILES)).singleElement()
                .satisfies(url -> assertThat(url.queryParameterValues("actors")).containsExactly(JAMIE, PRIYA));
        assertThat(result.cursor().threads()).singleElement()
                .satisfies(watched -> assertThat(watched.nextCheck()).isEqualTo(Instant.parse("2026-11-25T13:00:00Z")));
    }

    @Test
    void stopsAtA429WithWhatItFoundAndWhereToResume() {
        appView.answerPage(FEED, null, fixture("feed-page-1.json"))
                .answerPage(FEED, "2026-11-25T09:00:00.000Z", json(429, "{\"error\":\"RateLimitExceeded\"}")
                        .addHeader("RateLimit-Limit", "3000")
                        .addHeader("RateLimit-Remaining", "0")
                        .addHeader("RateLimit-Reset", Long.toString(NOW.plusSeconds(30).getEpochSecond())));

        PollResult result = poll(connector(10, 5), AccountCursor.start());

        assertThat(nativeIds(result)).containsExactly(REPOST, P2, P1);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(result.cursor().backfill()).isEqualTo("2026-11-25T09:00:00.000Z");
        assertThat(result.cursor().backfillComplete()).isFalse();
        assertThat(result.cursor().newest()).isEqualTo(NEWEST_OF_PAGE_1);
        assertThat(result.cursor().threads()).extracting(WatchedThread::nativeId).containsExactly(P2, P1);
        assertThat(appView.requests(THREAD)).isEmpty();
    }

    @Test
    void stopsEarlyWhenTheRateLimitBudgetIsSpent() {
        appView.answerPage(FEED, null, fixture("feed-page-1.json")
                .addHeader("RateLimit-Remaining", "0")
                .addHeader("RateLimit-Reset", Long.toString(NOW.plusSeconds(120).getEpochSecond())));

        PollResult result = poll(connector(10, 5), AccountCursor.start());

        assertThat(nativeIds(result)).containsExactly(REPOST, P2, P1);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(result.cursor().backfill()).isEqualTo("2026-11-25T09:00:00.000Z");
        assertThat(appView.requests()).hasSize(2);
    }

    @Test
    void keepsTheCursorWhenTheProfileIsRateLimited() {
        appView.answer(PROFILE, json(429, "{\"error\":\"RateLimitExceeded\"}").addHeader("Retry-After", "90"));
        AccountCursor cursor = AccountCursor.start();

        PollResult result = poll(connector(10, 5), cursor);

        assertThat(result.observations()).isEmpty();
        assertThat(result.cursor()).isEqualTo(cursor);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void failsNamingAccountAndMethodOnMalformedJson() {
        appView.answerPage(FEED, null, json(200, "{\"feed\": [{\"post\": "));

        assertThatThrownBy(() -> poll(connector(10, 5), AccountCursor.start()))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("ava.bsky.social")
                .hasMessageContaining("app.bsky.feed.getAuthorFeed")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void failsNamingTheXrpcErrorOfAnInvalidRequest() {
        appView.answer(PROFILE, json(400, "{\"error\":\"InvalidRequest\",\"message\":\"Profile not found\"}"));

        assertThatThrownBy(() -> poll(connector(10, 5), AccountCursor.start()))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("ava.bsky.social")
                .hasMessageContaining("app.bsky.actor.getProfile")
                .hasMessageContaining("InvalidRequest: Profile not found");
    }

    @Test
    void failsWhenTheAppViewIsDown() {
        appView.answerPage(FEED, null, new okhttp3.mockwebserver.MockResponse().setResponseCode(502)
                .setBody("<html>Bad Gateway</html>"));

        assertThatThrownBy(() -> poll(connector(10, 5), AccountCursor.start()))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("app.bsky.feed.getAuthorFeed answered HTTP 502");
    }

    @Test
    void failsNamingAccountAndMethodWhenTheAppViewDoesNotAnswerInTime() {
        appView.answerPage(FEED, null, fixture("feed-page-1.json").setHeadersDelay(5, TimeUnit.SECONDS));
        BlueskyConnector impatient = connector(10, 5, Duration.ofMillis(500));
        Instant started = Instant.now();

        assertThatThrownBy(() -> poll(impatient, AccountCursor.start()))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("ava.bsky.social")
                .hasMessageContaining("app.bsky.feed.getAuthorFeed failed")
                .hasMessageContaining("TimeoutException");
        assertThat(Duration.between(started, Instant.now())).as("gave up at the timeout, not at the answer")
                .isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void failsOnAFeedItemThatIsNotShapedLikeTheLexicon() {
        appView.answerPage(FEED, null, json(200, "{\"feed\":[{\"post\":{\"uri\":\"https://bsky.app/x\"}}]}"));

        assertThatThrownBy(() -> poll(connector(10, 5), AccountCursor.start()))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("ava.bsky.social")
                .hasMessageContaining("unexpected app.bsky.feed.getAuthorFeed payload");
    }

    @Test
    void failsNamingTheMethodOnACounterBeyondAnyLong() {
        appView.answerPage(FEED, null, json(200, FakeAppView.read("/bluesky/feed-page-1.json")
                .replaceFirst("\"likeCount\": \\d+", "\"likeCount\": 9223372036854775808")));

        assertThatThrownBy(() -> poll(connector(10, 5), AccountCursor.start()))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("ava.bsky.social")
                .hasMessageContaining("unexpected app.bsky.feed.getAuthorFeed payload")
                .hasMessageContaining("9223372036854775808");
    }

    @Test
    void stopsWatchingAPostThatWasDeleted() {
        appView.answerPage(FEED, null, fixture("feed-page-1.json"))
                .answer(THREAD, json(400, "{\"error\":\"NotFound\",\"message\":\"Post not found\"}"));
        WatchedThread due = new WatchedThread(EXEC + "/3mbaaaaaaaa2a", Instant.parse("2026-11-24T09:00:00Z"),
                Instant.parse("2026-11-25T09:00:00Z"), Instant.parse("2026-12-01T09:00:00Z"));

        PollResult result = poll(connector(10, 5),
                new AccountCursor(NEWEST_OF_PAGE_1, null, true, List.of(due), Map.of(), null));

        assertThat(result.cursor().threads()).isEmpty();
        assertThat(result.observations()).isEmpty();
    }

    @Test
    void refusesAnAppViewThePolicyRefusesWhenConfigured() {
        BlueskyProperties properties = new BlueskyProperties(URI.create(appView.baseUrl()), Duration.ofDays(180),
                Duration.ofDays(7), 10, 5, Duration.ofSeconds(10));
        OutboundPolicy strict = new OutboundPolicy(OutboundSettings.publicHttpsOnly(), "rostrum.ingest.outbound");

        assertThatThrownBy(() -> new BlueskyConnector(WebClient.builder(), Clock.fixed(NOW, ZoneOffset.UTC),
                properties, strict))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rostrum.ingest.bluesky.base-url " + appView.baseUrl() + " is refused: plain http is not"
                        + " allowed: use https (or set rostrum.ingest.outbound.allow-http=true for a stand-in on this"
                        + " machine or an internal network)");
    }

    private void servePages() {
        appView.answerPage(FEED, null, fixture("feed-page-1.json"))
                .answerPage(FEED, "2026-11-25T09:00:00.000Z", fixture("feed-page-2.json"))
                .answerPage(FEED, "2026-11-22T08:00:00.000Z", fixture("feed-page-3.json"));
    }

    private BlueskyConnector connector(int pages, int threads) {
        return connector(pages, threads, Duration.ofSeconds(10));
    }

    private BlueskyConnector connector(int pages, int threads, Duration requestTimeout) {
        BlueskyProperties properties = new BlueskyProperties(URI.create(appView.baseUrl()), Duration.ofDays(180),
                Duration.ofDays(7), pages, threads, requestTimeout);
        return new BlueskyConnector(WebClient.builder(), Clock.fixed(NOW, ZoneOffset.UTC), properties,
                LOCAL_STAND_INS);
    }

    private static PollResult poll(BlueskyConnector connector, AccountCursor cursor) {
        return connector.poll(ACCOUNT, cursor).block();
    }

    private static List<String> nativeIds(PollResult result) {
        return result.observations().stream().map(PostObserved::nativeId).toList();
    }

    private static Map<String, PostObserved> byNativeId(PollResult result) {
        return result.observations().stream().collect(Collectors.toMap(PostObserved::nativeId, Function.identity()));
    }
}
