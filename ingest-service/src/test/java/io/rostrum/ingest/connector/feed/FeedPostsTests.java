package io.rostrum.ingest.connector.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import io.rostrum.events.Author;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedPostsTests {

    private static final Instant NOW = Instant.parse("2026-04-03T09:00:00Z");
    private static final FeedOrigin ORIGIN =
            FeedOrigin.polled("https://blog.northwindgrid.example/ceo/feed.xml", "https://blog.northwindgrid.example/ceo/feed.xml");

    @Test
    void mapsAnRssItemToAnExecutivePostPreferringContentEncodedOverDescription() {
        PostObserved post = posts(Fixtures.RSS).get(0);

        assertThat(post.platform()).isEqualTo(Platform.RSS);
        assertThat(post.kind()).isEqualTo(PostKind.EXECUTIVE_POST);
        assertThat(post.executiveId()).isEqualTo("ceo-ava");
        assertThat(post.nativeId()).matches("[0-9a-f]{32}");
        assertThat(post.postKey()).isEqualTo("rss:" + post.nativeId());
        assertThat(post.text()).isEqualTo("Why we are doubling the apprenticeship intake\n\n"
                + "Last year we trained 120 apprentices.\n\n"
                + "This year we will train 240 & open two new academies.\nRead the careers page.");
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-04-02T08:30:00Z"));
        assertThat(post.url()).isEqualTo("https://blog.northwindgrid.example/ceo/2026/04/apprentices/");
        assertThat(post.language()).isEqualTo("en-GB");
        assertThat(post.inReplyToKey()).isNull();
        assertThat(post.metrics()).isEqualTo(new MetricSnapshot(0, 0, 0, 0, NOW));
        assertThat(post.author()).isEqualTo(new Author("blog.northwindgrid.example", "blog.northwindgrid.example",
                "Ava Lindqvist", null, 0, true));
    }

    @Test
    void usesTheHtmlDescriptionWhenAnItemHasNoContentAndTheFeedTitleWhenItNamesNoAuthor() {
        PostObserved post = posts(Fixtures.RSS).get(1);

        assertThat(post.text()).isEqualTo("Q1 results: what the numbers mean for customers\n\n"
                + "Bills fall by 4% from May.\n\nThank you to every engineer.");
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
        assertThat(post.author().displayName()).isEqualTo("Ava Lindqvist — From the CEO's desk");
    }

    @Test
    void identifiesAnItemWithoutGuidByItsLink() {
        SyndFeed feed = Fixtures.feed(Fixtures.RSS);
        SyndEntry sameLink = new SyndEntryImpl();
        sameLink.setLink("https://blog.northwindgrid.example/ceo/2026/03/kirkby/");

        PostObserved post = posts(Fixtures.RSS).get(2);

        assertThat(post.nativeId()).isEqualTo(EntryIds.nativeId(feed, sameLink, "unused").orElseThrow());
        assertThat(post.text()).isEqualTo("A note to our Kirkby neighbours\n\nWorks on Station Road finish on 17 April.");
    }

    @Test
    void givesTheSamePostKeysEveryTimeTheFeedIsRead() {
        List<String> first = posts(Fixtures.RSS).stream().map(PostObserved::postKey).toList();
        List<String> second = posts(Fixtures.RSS).stream().map(PostObserved::postKey).toList();

        assertThat(first).hasSize(3).doesNotHaveDuplicates().isEqualTo(second);
    }

    @Test
    void mapsAtomEntriesWithHtmlTitleAndContentAndTheFeedLanguage() {
        PostObserved post = posts(Fixtures.ATOM).get(0);

        assertThat(post.text()).isEqualTo("Governance & the long view\n\n"
                + "Ten years is the right horizon for a grid.\n\nHere is why.");
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-04-01T08:00:00Z"));
        assertThat(post.url()).isEqualTo("https://chair.northwindgrid.example/2026/04/long-view");
        assertThat(post.language()).isEqualTo("de-DE");
        assertThat(post.author().displayName()).isEqualTo("Jonas Weber");
    }

    @Test
    void datesAnAtomEntryWithoutPublishedByItsUpdatedTimeAndReadsItsPlainSummary() {
        PostObserved post = posts(Fixtures.ATOM).get(1);

        assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-03-20T08:00:00Z"));
        assertThat(post.text()).isEqualTo("Welcome, new directors\n\nTwo directors join the board in May.");
    }

    @Test
    void stripsInjectedScriptsAndMarkupAndDropsLinksThatAreNotWebLinks() {
        PostObserved post = posts(Fixtures.INJECTION).get(0);

        assertThat(post.text()).isEqualTo("Hello world\n\nSafe text stays.");
        assertThat(post.text()).doesNotContain("alert", "steal", "<", "display:none");
        assertThat(post.url()).isNull();
    }

    @Test
    void datesAnUndatedEntryByTheObservationAndResolvesItsRelativeLinkAgainstTheSite() {
        SyndFeed feed = new SyndFeedImpl();
        feed.setLink("https://newsletter.example/issues/");
        SyndEntry entry = new SyndEntryImpl();
        entry.setLink("42");
        entry.setTitle("Issue 42");

        PostObserved post = new FeedPosts("ceo-ava", ORIGIN, feed, NOW).toPost(entry).orElseThrow();

        assertThat(post.createdAt()).isEqualTo(NOW);
        assertThat(post.url()).isEqualTo("https://newsletter.example/issues/42");
        assertThat(post.text()).isEqualTo("Issue 42");
        assertThat(post.language()).isNull();
    }

    @Test
    void leavesOutAnEntryThatNothingIdentifies() {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle("No guid, no link");

        Optional<PostObserved> post = new FeedPosts("ceo-ava", ORIGIN, new SyndFeedImpl(), NOW).toPost(entry);

        assertThat(post).isEmpty();
    }

    private static List<PostObserved> posts(String fixture) {
        SyndFeed feed = Fixtures.feed(fixture);
        FeedPosts posts = new FeedPosts("ceo-ava", ORIGIN, feed, NOW);
        return feed.getEntries().stream().map(posts::toPost).flatMap(Optional::stream).toList();
    }
}
