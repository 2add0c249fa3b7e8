package io.rostrum.ingest.connector.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import org.junit.jupiter.api.Test;

class EntryIdsTests {

    @Test
    void hashesAnyIdIntoThirtyTwoHexDigits() {
        String odd = "tag:blog.example,2026:posts/ünïcode id with spaces?and=query&" + "x".repeat(2000);

        assertThat(EntryIds.nativeId(feed("https://blog.example/"), entry(odd, null), "feed.xml"))
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
    }

    @Test
    void keepsAUriIdTheSameWhicheverFeedCarriesIt() {
        SyndEntry entry = entry("https://blog.example/posts/1", null);

        assertThat(EntryIds.nativeId(feed("https://blog.example/"), entry, "a.xml"))
                .isEqualTo(EntryIds.nativeId(feed("https://mirror.example/"), entry, "b.xml"));
    }

    @Test
    void scopesAnIdThatIsNotAUriByTheFeedsSite() {
        SyndEntry entry = entry("post-418", null);

        assertThat(EntryIds.nativeId(feed("https://one.example/"), entry, "feed.xml"))
                .isNotEqualTo(EntryIds.nativeId(feed("https://two.example/"), entry, "feed.xml"));
    }

    @Test
    void scopesByTheFallbackWhenTheFeedNamesNoSite() {
        SyndEntry entry = entry("post-418", null);

        assertThat(EntryIds.nativeId(new SyndFeedImpl(), entry, "https://one.example/feed"))
                .isNotEqualTo(EntryIds.nativeId(new SyndFeedImpl(), entry, "https://two.example/feed"));
    }

    @Test
    void fallsBackToTheLinkAndFindsNothingWithoutEither() {
        assertThat(EntryIds.nativeId(new SyndFeedImpl(), entry(null, "https://blog.example/p"), "f"))
                .isEqualTo(EntryIds.nativeId(new SyndFeedImpl(), entry("https://blog.example/p", null), "f"));
        assertThat(EntryIds.nativeId(new SyndFeedImpl(), entry(" ", null), "f")).isEmpty();
    }

    private static SyndFeed feed(String link) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setLink(link);
        return feed;
    }

    private static SyndEntry entry(String uri, String link) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(uri);
        entry.setLink(link);
        return entry;
    }
}
