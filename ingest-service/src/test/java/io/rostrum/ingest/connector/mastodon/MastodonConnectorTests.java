package io.rostrum.ingest.connector.mastodon;

import static io.rostrum.ingest.connector.mastodon.FakeInstance.LOOKUP;
import static io.rostrum.ingest.connector.mastodon.FakeInstance.STATUSES;
import static io.rostrum.ingest.connector.mastodon.FakeInstance.emptyPage;
import static io.rostrum.ingest.connector.mastodon.FakeInstance.id;
import static io.rostrum.ingest.connector.mastodon.FakeInstance.json;
import static io.rostrum.ingest.connector.mastodon.FakeInstance.links;
import static io.rostrum.ingest.connector.mastodon.FakeInstance.prevLink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rostrum.events.Author;
import io.rostrum.events.MetricSnapshot;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

class MastodonConnectorTests {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    /** The fake instance is plain http on this machine: allowed explicitly. */
    private static final OutboundPolicy LOCAL_STAND_INS =
            new OutboundPolicy(OutboundSettings.localStandIns(), "rostrum.ingest.outbound");

    private final FakeInstance instance = new FakeInstance();
    private final WatchedAccount dana =
            new WatchedAccount("exec-dana", Platform.MASTODON, "dana@social.example", instance.url());

    @AfterEach
    void stopInstance() throws IOException {
        instance.close();
    }

    @Test
    void backfillsThreePagesByFollowingTheNextLinkUntilTheHistoryEnds() {
        instance.withHistory();

        PollResult result = poll(AccountCursor.start());

        assertThat(keys(result)).containsExactly(key(9), key(8), key(6), key(5), key(3), key(2));
        assertThat(result.cursor().newest()).isEqualTo(id(9));
        assertThat(result.cursor().backfill()).isNull();
        assertThat(result.cursor().backfillComplete()).isTrue();
        assertThat(result.cursor().threads()).isEmpty();
        assertThat(result.cursor().polledAt()).isEqualTo(NOW);
        assertThat(result.retryAfter()).isNull();
        assertThat(instance.requests()).containsExactly(LOOKUP, STATUSES + "?limit=3",
                STATUSES + "?limit=3&max_id=" + id(7), STATUSES + "?limit=3&max_id=" + id(4));
    }

    @Test
    void observesAPostAsPlainTextWithItsCountersAndTheExecutivesCurrentFollowers() {
        instance.withHistory();

        PostObserved post = find(poll(AccountCursor.start()), 9);

        assertThat(post.kind()).isEqualTo(PostKind.EXECUTIVE_POST);
        assertThat(post.executiveId()).isEqualTo("exec-dana");
        assertThat(post.nativeId()).isEqualTo(id(9));
        assertThat(post.text()).isEqualTo("Proud of the team shipping #Northwind 4.0 :tada: with @cto. Notes: "
                + "https://northwind.example/blog/release-4");
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-11-10T09:30:00Z"));
        assertThat(post.language()).isEqualTo("en");
        assertThat(post.url()).isEqualTo("https://social.example/@dana/" + id(9));
        assertThat(post.inReplyToKey()).isNull();
        assertThat(post.metrics()).isEqualTo(new MetricSnapshot(4, 12, 57, 0, NOW));
        assertThat(post.author()).isEqualTo(new Author("109412475983473829", "dana@social.example",
                "Dana Reyes :verified:", "CEO at #Northwind. Views my own.", 15230, true));
    }

    @Test
    void turnsAReblogIntoARepostOfTheSharedStatus() {
        instance.withHistory();

        PostObserved repost = find(poll(AccountCursor.start()), 8);

        assertThat(repost.kind()).isEqualTo(PostKind.REPOST);
        assertThat(repost.nativeId()).isEqualTo(id(8));
        assertThat(repost.text()).isEqualTo("Northwind 4.0 is out today. https://northwind.example/4");
        assertThat(repost.url()).isEqualTo("https://corp.example/@northwind/113540990000000001");
        assertThat(repost.createdAt()).isEqualTo(Instant.parse("2026-11-08T08:15:00Z"));
        assertThat(repost.author().executive()).isTrue();
        assertThat(repost.metrics()).isEqualTo(new MetricSnapshot(0, 0, 0, 0, NOW));
    }

    @Test
    void skipsPrivateAndDirectStatuses() {
        instance.withHistory();

        assertThat(keys(poll(AccountCursor.start()))).doesNotContain(key(7), key(4));
    }

    @Test
    void tellsRepliesToOthersFromContinuationsOfTheExecutivesOwnThread() {
        instance.withHistory();
        PollResult result = poll(AccountCursor.start());

        PostObserved reply = find(result, 6);
        PostObserved continuation = find(result, 5);

        assertThat(reply.kind()).isEqualTo(PostKind.EXECUTIVE_REPLY);
        assertThat(reply.inReplyToKey()).isEqualTo("mastodon:113540000000000777");
        assertThat(reply.text()).isEqualTo("@sam Good question \u2014 we publish the numbers next week.");
        assertThat(continuation.kind()).isEqualTo(PostKind.EXECUTIVE_POST);
        assertThat(continuation.inReplyToKey()).isEqualTo(key(1));
        assertThat(find(result, 2).metrics().quotes()).isEqualTo(3);
    }

    @Test
    void stripsScriptsAndMarkupInjectedIntoContentAndProfileNotes() {
        instance.withHistory();
        PollResult result = poll(AccountCursor.start());

        PostObserved injected = find(result, 3);

        assertThat(injected.text()).startsWith("Our values matter.").contains("Always.")
                .doesNotContain("<", "script", "alert", "evil.example", "onerror", "javascript");
        assertThat(injected.author().profileText()).isEqualTo("CEO at #Northwind. Views my own.");
    }

    @Test
    void pollsForwardsWithMinIdFollowingThePrevLinkUntilCaughtUp() {
        instance.answer(LOOKUP, json("account-lookup.json"))
                .answer(STATUSES + "?limit=3&min_id=" + id(9), json("statuses-newer-1.json")
                        .setHeader("Link", links(id(10), id(12))))
                .answer(STATUSES + "?limit=3&min_id=" + id(12), json("statuses-newer-2.json")
                        .setHeader("Link", prevLink(id(13))));

        PollResult result = poll(new AccountCursor(id(9), null, true, List.of(), Map.of(), NOW.minusSeconds(600)));

        assertThat(instance.requests()).containsExactly(LOOKUP, STATUSES + "?limit=3&min_id=" + id(9),
                STATUSES + "?limit=3&min_id=" + id(12));
        assertThat(keys(result)).containsExactlyInAnyOrder(key(10), key(11), key(12), key(13));
        assertThat(find(result, 13).text()).isEqualTo("Travel\n\nMorning, Leeds :wave:");
        assertThat(result.cursor().newest()).isEqualTo(id(13));
        assertThat(result.cursor().backfillComplete()).isTrue();
        // the window of status 10 closes right now; the others are checked at the next doubling of their age
        assertThat(result.cursor().threads()).containsExactlyInAnyOrder(
                new WatchedThread(id(11), Instant.parse("2026-11-22T10:00:00Z"), Instant.parse("2026-11-25T18:00:00Z"),
                        Instant.parse("2026-11-29T10:00:00Z")),
                new WatchedThread(id(12), Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-25T16:00:00Z"),
                        Instant.parse("2026-12-01T08:00:00Z")),
                new WatchedThread(id(13), Instant.parse("2026-11-25T11:00:00Z"), Instant.parse("2026-11-25T13:00:00Z"),
                        Instant.parse("2026-12-02T11:00:00Z")));
    }

    @Test
    void resumesAnInterruptedBackfillWhereTheLastRoundStopped() {
        instance.withHistory().answer(STATUSES + "?limit=3&min_id=" + id(9), emptyPage());
        MastodonConnector threeRequestsARound = connector(settings(3, Duration.ofDays(180)));

        PollResult first = threeRequestsARound.poll(dana, AccountCursor.start()).block();
        PollResult second = threeRequestsARound.poll(dana, first.cursor()).block();

        assertThat(keys(first)).containsExactly(key(9), key(8), key(6), key(5));
        assertThat(first.cursor().newest()).isEqualTo(id(9));
        assertThat(first.cursor().backfill()).isEqualTo(id(4));
        assertThat(first.cursor().backfillComplete()).isFalse();
        assertThat(keys(second)).containsExactly(key(3), key(2));
        assertThat(second.cursor().backfillComplete()).isTrue();
        Set<String> seen = new HashSet<>(keys(first));
        assertThat(keys(second)).allSatisfy(key -> assertThat(seen.add(key)).isTrue());
        assertThat(seen).hasSize(6);
        assertThat(instance.requests()).containsExactly(LOOKUP, STATUSES + "?limit=3",
                STATUSES + "?limit=3&max_id=" + id(7), LOOKUP, STATUSES + "?limit=3&min_id=" + id(9),
                STATUSES + "?limit=3&max_id=" + id(4));
    }

    @Test
    void stopsTheBackfillAtTheHorizon() {
        instance.withHistory();

        PollResult result = connector(settings(20, Duration.ofDays(26))).poll(dana, AccountCursor.start()).block();

        assertThat(keys(result)).containsExactly(key(9), key(8), key(6));
        assertThat(result.cursor().backfillComplete()).isTrue();
        assertThat(instance.requests()).doesNotContain(STATUSES + "?limit=3&max_id=" + id(4));
    }

    @Test
    void collectsRepliesFromTheThreadWithEachStakeholdersProfileAndFollowers() {
        threadOfStatus12();

        PollResult result = poll(cursorWatching(new WatchedThread(id(12), Instant.parse("2026-11-24T08:00:00Z"),
                Instant.parse("2026-11-25T12:00:00Z"), Instant.parse("2026-12-01T08:00:00Z"))));

        assertThat(keys(result)).containsExactly(key(12), "mastodon:113541300000000001",
                "mastodon:113541300000000002", "mastodon:113541300000000003");
        PostObserved alex = result.observations().get(1);
        assertThat(alex.kind()).isEqualTo(PostKind.STAKEHOLDER_REPLY);
        assertThat(alex.executiveId()).isEqualTo("exec-dana");
        assertThat(alex.inReplyToKey()).isEqualTo(key(12));
        assertThat(alex.threadRootKey()).isEqualTo(key(12));
        assertThat(alex.text()).isEqualTo("@dana Offline mode, please!");
        assertThat(alex.author()).isEqualTo(new Author("109000000000000333", "alex@other.example", "Alex Kim",
                "Shareholder and long-time customer. Investor at https://fund.example", 250, false));
        PostObserved answer = result.observations().get(2);
        assertThat(answer.kind()).isEqualTo(PostKind.EXECUTIVE_REPLY);
        assertThat(answer.inReplyToKey()).isEqualTo("mastodon:113541300000000001");
        assertThat(answer.threadRootKey()).isEqualTo(key(12));
        assertThat(answer.author().executive()).isTrue();
        PostObserved morgan = result.observations().get(3);
        assertThat(morgan.kind()).isEqualTo(PostKind.STAKEHOLDER_REPLY);
        assertThat(morgan.inReplyToKey()).isEqualTo("mastodon:113541300000000002");
        assertThat(morgan.author()).isEqualTo(new Author("109000000000000444", "morgan@social.example", "morgan",
                "Works in logistics.", 42, false));
        assertThat(result.cursor().threads()).containsExactly(new WatchedThread(id(12),
                Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-25T16:00:00Z"),
                Instant.parse("2026-12-01T08:00:00Z")));
    }

    @Test
    void reobservesAnEditedPostWithItsNewTextAndCounters() {
        threadOfStatus12();

        PostObserved edited = find(poll(cursorWatching(new WatchedThread(id(12),
                Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-25T12:00:00Z"),
                Instant.parse("2026-12-01T08:00:00Z")))), 12);

        assertThat(edited.postKey()).isEqualTo(key(12));
        assertThat(edited.kind()).isEqualTo(PostKind.EXECUTIVE_POST);
        assertThat(edited.text()).isEqualTo("What should we build next? Ideas welcome, #Northwind too.");
        assertThat(edited.metrics()).isEqualTo(new MetricSnapshot(3, 4, 31, 0, NOW));
        assertThat(edited.observedAt()).isEqualTo(NOW);
    }

    @Test
    void checksAThreadOneLastTimeWhenItsWindowClosesAndThenForgetsIt() {
        instance.answer(LOOKUP, json("account-lookup.json"))
                .answer(STATUSES + "?limit=3&min_id=" + id(13), emptyPage())
                .answer("/api/v1/statuses/" + id(10), json("status-10.json"))
                .answer("/api/v1/statuses/" + id(10) + "/context", json("context-10.json"));

        PollResult result = poll(cursorWatching(new WatchedThread(id(10), Instant.parse("2026-11-18T12:00:00Z"),
                Instant.parse("2026-11-25T12:00:00Z"), Instant.parse("2026-11-25T12:00:00Z"))));

        assertThat(keys(result)).containsExactly(key(10));
        assertThat(result.cursor().threads()).isEmpty();
    }

    @Test
    void forgetsTheThreadOfADeletedPost() {
        instance.answer(LOOKUP, json("account-lookup.json"))
                .answer(STATUSES + "?limit=3&min_id=" + id(13), emptyPage());

        PollResult result = poll(cursorWatching(new WatchedThread(id(11), Instant.parse("2026-11-22T10:00:00Z"),
                Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-29T10:00:00Z"))));

        assertThat(result.observations()).isEmpty();
        assertThat(result.cursor().threads()).isEmpty();
    }

    @Test
    void failsWithAConnectorExceptionNamingAccountAndRequestWhenThePayloadIsMalformed() {
        instance.answer(LOOKUP, json("account-lookup.json"))
                .answer(STATUSES + "?limit=3", json("statuses-malformed.json"));

        assertThatThrownBy(() -> poll(AccountCursor.start()))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("dana@social.example")
                .hasMessageContaining("exec-dana")
                .hasMessageContaining("GET " + STATUSES + "?limit=3")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void failsWithAConnectorExceptionWhenTheInstanceIsDown() {
        instance.answer(LOOKUP, new MockResponse().setResponseCode(503).setBody("<html>Bad gateway</html>"));

        assertThatThrownBy(() -> poll(AccountCursor.start()))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("dana@social.example")
                .hasMessageContaining("GET " + LOOKUP)
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void failsNamingTheRequestWhenAPageOfTheBackfillDoesNotArriveInTime() {
        instance.withHistory().answer(STATUSES + "?limit=3&max_id=" + id(7), json("statuses-page-2.json")
                .setHeader("Link", links(id(4), id(6))).setHeadersDelay(5, TimeUnit.SECONDS));
        MastodonConnector impatient = connector(settings(20, Duration.ofDays(180), Duration.ofMillis(500)));
        Instant started = Instant.now();

        // the whole round fails, pages before it included: the cursor stays where it was, and the next round
        // fetches them again under the same post keys
        assertThatThrownBy(() -> impatient.poll(dana, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("exec-dana")
                .hasMessageContaining("GET " + STATUSES + "?limit=3&max_id=" + id(7))
                .hasMessageContaining("got no answer within PT0.5S");
        assertThat(Duration.between(started, Instant.now())).as("gave up at the timeout, not at the answer")
                .isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void stopsOnTooManyRequestsWithWhatItFetchedAndTheCursorWhereItStopped() {
        instance.withHistory().answer(STATUSES + "?limit=3&max_id=" + id(7),
                new MockResponse().setResponseCode(429).setHeader("Retry-After", "120")
                        .setBody("{\"error\":\"Too many requests\"}"));

        PollResult result = poll(AccountCursor.start());

        assertThat(keys(result)).containsExactly(key(9), key(8));
        assertThat(result.retryAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(result.cursor().newest()).isEqualTo(id(9));
        assertThat(result.cursor().backfill()).isEqualTo(id(7));
        assertThat(result.cursor().backfillComplete()).isFalse();
        assertThat(instance.requests()).hasSize(3);
    }

    @Test
    void stopsEarlyWhenTheAnswerSaysTheRateLimitIsSpent() {
        instance.withHistory().answer(STATUSES + "?limit=3", json("statuses-page-1.json")
                .setHeader("Link", links(id(7), id(9)))
                .setHeader("X-RateLimit-Limit", "300")
                .setHeader("X-RateLimit-Remaining", "0")
                .setHeader("X-RateLimit-Reset", "2026-11-25T12:05:00.000Z"));

        PollResult result = poll(AccountCursor.start());

        assertThat(keys(result)).containsExactly(key(9), key(8));
        assertThat(result.retryAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(result.cursor().backfill()).isEqualTo(id(7));
        assertThat(instance.requests()).containsExactly(LOOKUP, STATUSES + "?limit=3");
    }

    @Test
    void refusesAnInstanceOnThisMachineUnlessAllowed() {
        instance.withHistory();
        MastodonConnector publicOnly = new MastodonConnector(WebClient.builder(), Clock.fixed(NOW, ZoneOffset.UTC),
                settings(20, Duration.ofDays(180)),
                new OutboundPolicy(new OutboundSettings(true, false, List.of()), "rostrum.ingest.outbound"));

        assertThatThrownBy(() -> publicOnly.poll(dana, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("a loopback address: requests go to public addresses only");
        assertThat(instance.requests()).isEmpty();
    }

    @Test
    void refusesAPlainHttpInstanceUnlessAllowed() {
        MastodonConnector strict = new MastodonConnector(WebClient.builder(), Clock.fixed(NOW, ZoneOffset.UTC),
                settings(20, Duration.ofDays(180)),
                new OutboundPolicy(OutboundSettings.publicHttpsOnly(), "rostrum.ingest.outbound"));

        assertThatThrownBy(() -> strict.poll(dana, AccountCursor.start()).block())
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("is refused: plain http is not allowed");
        assertThat(instance.requests()).isEmpty();
    }

    private void threadOfStatus12() {
        instance.answer(LOOKUP, json("account-lookup.json"))
                .answer(STATUSES + "?limit=3&min_id=" + id(13), emptyPage())
                .answer("/api/v1/statuses/" + id(12), json("status-12-edited.json"))
                .answer("/api/v1/statuses/" + id(12) + "/context", json("context-12.json"));
    }

    private static AccountCursor cursorWatching(WatchedThread thread) {
        return new AccountCursor(id(13), null, true, List.of(thread), Map.of(), NOW.minusSeconds(600));
    }

    private PollResult poll(AccountCursor cursor) {
        return connector(settings(20, Duration.ofDays(180))).poll(dana, cursor).block();
    }

    private static MastodonConnector connector(MastodonProperties settings) {
        return new MastodonConnector(WebClient.builder(), Clock.fixed(NOW, ZoneOffset.UTC), settings, LOCAL_STAND_INS);
    }

    private static MastodonProperties settings(int maxRequestsPerRound, Duration backfillHorizon) {
        return settings(maxRequestsPerRound, backfillHorizon, Duration.ofSeconds(10));
    }

    private static MastodonProperties settings(int maxRequestsPerRound, Duration backfillHorizon,
                                               Duration requestTimeout) {
        return new MastodonProperties(3, maxRequestsPerRound, backfillHorizon, Duration.ofDays(7),
                Duration.ofMinutes(15), Duration.ofHours(24), requestTimeout);
    }

    private static List<String> keys(PollResult result) {
        return result.observations().stream().map(PostObserved::postKey).toList();
    }

    private static String key(int n) {
        return "mastodon:" + id(n);
    }

    private static PostObserved find(PollResult result, int n) {
        return result.observations().stream().filter(post -> post.nativeId().equals(id(n))).findFirst()
                .orElseThrow(() -> new AssertionError("no observation of status " + id(n)));
    }
}
