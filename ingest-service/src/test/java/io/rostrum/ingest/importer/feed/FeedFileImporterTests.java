package io.rostrum.ingest.importer.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.feed.synd.SyndFeed;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.connector.feed.FeedOrigin;
import io.rostrum.ingest.connector.feed.FeedParser;
import io.rostrum.ingest.connector.feed.FeedPosts;
import io.rostrum.ingest.importer.ImportException;
import io.rostrum.ingest.importer.ImportSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedFileImporterTests {

    private static final Instant NOW = Instant.parse("2026-04-03T09:00:00Z");

    private final FeedFileImporter importer = new FeedFileImporter(Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<PostObserved> posts = new ArrayList<>();

    @TempDir
    private Path dir;

    @Test
    void importsASavedRssFeedWithTheConnectorsPostKeys() {
        Path file = fixture("leadership-blog.rss.xml", "leadership-blog.rss.xml");

        ImportSummary summary = importer.read(file, "ceo-ava", posts::add);

        assertThat(summary.format()).isEqualTo("rss");
        assertThat(summary.byKind()).isEqualTo(Map.of(PostKind.EXECUTIVE_POST, 3L));
        assertThat(summary.first()).isEqualTo(Instant.parse("2026-03-30T07:15:00Z"));
        assertThat(summary.last()).isEqualTo(Instant.parse("2026-04-02T08:30:00Z"));
        assertThat(summary.skipped()).isEmpty();
        assertThat(posts).extracting(PostObserved::postKey).isEqualTo(polledPostKeys(file));
        assertThat(posts).allSatisfy(post -> {
            assertThat(post.executiveId()).isEqualTo("ceo-ava");
            assertThat(post.author().handle()).isEqualTo("blog.northwindgrid.example");
            assertThat(post.observedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void importsEveryFeedFileOfAFolderInNameOrderAndIgnoresOtherFiles() throws IOException {
        fixture("board-letters.atom", "a-board.atom");
        fixture("leadership-blog.rss.xml", "b-blog.xml");
        Files.writeString(dir.resolve("notes.txt"), "not a feed");

        ImportSummary summary = importer.read(dir, "ceo-ava", posts::add);

        assertThat(summary.total()).isEqualTo(5);
        assertThat(posts).extracting(PostObserved::text).map(text -> text.lines().findFirst().orElseThrow())
                .containsExactly("Governance & the long view", "Welcome, new directors",
                        "Why we are doubling the apprenticeship intake",
                        "Q1 results: what the numbers mean for customers", "A note to our Kirkby neighbours");
    }

    @Test
    void reportsAnEntryThatNothingIdentifiesAsSkipped() throws IOException {
        Path file = Files.writeString(dir.resolve("anonymous.rss"), """
                <rss version="2.0"><channel><title>Notes</title><link>https://notes.example/</link>
                <description>d</description>
                <item><title>Identified</title><guid>https://notes.example/1</guid></item>
                <item><title>Anonymous</title><description>No guid and no link</description></item>
                </channel></rss>
                """);

        ImportSummary summary = importer.read(file, "ceo-ava", posts::add);

        assertThat(summary.total()).isEqualTo(1);
        assertThat(summary.skipped()).containsExactly(
                new ImportSummary.Skipped(file + " entry 2", "neither guid, id nor link identifies it"));
    }

    @Test
    void namesTheFileLineColumnAndWhatWasExpectedInBrokenXml() {
        Path file = fixture("malformed.rss.xml", "malformed.rss.xml");

        assertThatThrownBy(() -> importer.read(file, "ceo-ava", posts::add))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ": line 7, column 7: ")
                .hasMessageContaining("must be terminated by the matching end-tag \"</item>\"");
        assertThat(posts).isEmpty();
    }

    @Test
    void refusesAFileWithAnExternalEntityWithoutReadingIt() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cr3t-payroll");
        Path file = Files.writeString(dir.resolve("xxe.xml"),
                read("xxe.rss.xml").replace("SECRET_FILE_URL", secret.toUri().toString()));

        assertThatThrownBy(() -> importer.read(file, "ceo-ava", posts::add))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("DOCTYPE is disallowed")
                .hasMessageNotContaining("s3cr3t");
        assertThat(posts).isEmpty();
    }

    @Test
    void refusesAFolderWithoutFeedFilesAndAMissingPath() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a feed");

        assertThatThrownBy(() -> importer.read(dir, "ceo-ava", posts::add))
                .isInstanceOf(ImportException.class)
                .hasMessage(dir + ": expected .xml, .rss or .atom feed files in this folder, found none");
        assertThatThrownBy(() -> importer.read(dir.resolve("missing.xml"), "ceo-ava", posts::add))
                .isInstanceOf(ImportException.class)
                .hasMessage(dir.resolve("missing.xml") + ": no such file or folder");
    }

    /** The post keys the feed connector gives the same feed, polled from its URL. */
    private static List<String> polledPostKeys(Path file) {
        try (InputStream xml = Files.newInputStream(file)) {
            SyndFeed feed = FeedParser.parse(xml, null);
            String url = "https://blog.northwindgrid.example/ceo/feed.xml";
            FeedPosts mapping = new FeedPosts("ceo-ava", FeedOrigin.polled(url, url), feed, NOW);
            return feed.getEntries().stream().map(mapping::toPost).flatMap(Optional::stream)
                    .map(PostObserved::postKey).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path fixture(String name, String as) {
        try {
            return Files.writeString(dir.resolve(as), read(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String name) {
        try (InputStream in = FeedFileImporterTests.class.getResourceAsStream("/feeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
