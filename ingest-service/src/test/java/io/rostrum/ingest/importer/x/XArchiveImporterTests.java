package io.rostrum.ingest.importer.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.importer.Exports;
import io.rostrum.ingest.importer.ImportException;
import io.rostrum.ingest.importer.ImportSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class XArchiveImporterTests {

    private static final Path ARCHIVE = Exports.fixture("x-archive");

    private final XArchiveImporter importer = new XArchiveImporter(JsonMapper.builder().build());
    private final Exports.Collected sink = new Exports.Collected();

    @TempDir
    Path temp;

    @Test
    void readsEveryTweetOfASplitArchiveAndSkipsWhatIsNotATweet() {
        ImportSummary summary = importer.read(ARCHIVE, "dana", sink);

        assertThat(sink.posts()).extracting(PostObserved::nativeId).containsExactly("1797562200000000005",
                "1797562150000000004", "1797562100000000003", "1797100000000000002", "1785200000000000001");
        assertThat(summary.format()).isEqualTo("x-archive");
        assertThat(summary.byKind()).isEqualTo(Map.of(PostKind.EXECUTIVE_POST, 3L, PostKind.REPOST, 1L,
                PostKind.EXECUTIVE_REPLY, 1L));
        assertThat(summary.first()).isEqualTo(Instant.parse("2024-04-30T07:30:00Z"));
        assertThat(summary.last()).isEqualTo(Instant.parse("2024-06-03T09:05:00Z"));
        assertThat(summary.skipped()).extracting(ImportSummary.Skipped::where).containsExactly(
                ARCHIVE + "/data/tweets.js entry 4", ARCHIVE + "/data/tweets.js entry 5",
                ARCHIVE + "/data/note-tweet.js entry 1");
        assertThat(summary.skipped()).extracting(ImportSummary.Skipped::reason).containsExactly(
                "not a tweet: expected an object with a 'tweet' field", "tweet without created_at",
                "no tweet matches this note (created within a second, with the same opening text), so its long"
                        + " text was not used");
    }

    @Test
    void takesTheAuthorFromTheAccountAndFollowersAndTheObservationTimeFromTheArchive() {
        importer.read(ARCHIVE, "dana", sink);

        PostObserved post = sink.byNativeId("1785200000000000001");
        assertThat(post.executiveId()).isEqualTo("dana");
        assertThat(post.platform()).isEqualTo(Platform.X);
        assertThat(post.postKey()).isEqualTo("x:1785200000000000001");
        assertThat(post.author().id()).isEqualTo("44196397");
        assertThat(post.author().handle()).isEqualTo("dana_acme");
        assertThat(post.author().displayName()).isEqualTo("Dana Whitfield");
        assertThat(post.author().followers()).isEqualTo(3);
        assertThat(post.author().executive()).isTrue();
        assertThat(post.url()).isEqualTo("https://x.com/dana_acme/status/1785200000000000001");
        assertThat(post.language()).isEqualTo("en");
        assertThat(post.metrics().likes()).isEqualTo(120);
        assertThat(post.metrics().reposts()).isEqualTo(14);
        assertThat(post.metrics().replies()).isZero();
        assertThat(post.observedAt()).isEqualTo(Instant.parse("2024-06-10T12:00:00Z"));
    }

    @Test
    void expandsTcoLinksDropsPhotoLinksAndDecodesEntities() {
        importer.read(ARCHIVE, "dana", sink);

        assertThat(sink.byNativeId("1785200000000000001").text())
                .isEqualTo("Q1: revenue up 12% & margins steady. Details for investors:"
                        + " https://acme.example/investors/q1-2024");
        assertThat(sink.byNativeId("1797100000000000002").text())
                .isEqualTo("@jane_doe Thank you, Jane <3 See you at the summit > Tuesday.");
    }

    @Test
    void givesATruncatedLongTweetTheFullTextOfItsNote() {
        importer.read(ARCHIVE, "dana", sink);

        assertThat(sink.byNativeId("1797562100000000003").text())
                .startsWith("Today we publish our first audited climate report. Emissions across our own sites fell"
                        + " 18% since 2021 & we now buy")
                .contains("we did not plan for it. From July every trip needs a reason on record.")
                .endsWith("tell us where we fall short: https://acme.example/climate-2023")
                .doesNotContain("\u2026");
    }

    @Test
    void placesRepliesSelfThreadsAndRetweets() {
        importer.read(ARCHIVE, "dana", sink);

        PostObserved reply = sink.byNativeId("1797100000000000002");
        assertThat(reply.kind()).isEqualTo(PostKind.EXECUTIVE_REPLY);
        assertThat(reply.inReplyToKey()).isEqualTo("x:1797000000000000999");
        assertThat(reply.threadRootKey()).isNull();

        PostObserved continuation = sink.byNativeId("1797562200000000005");
        assertThat(continuation.kind()).isEqualTo(PostKind.EXECUTIVE_POST);
        assertThat(continuation.inReplyToKey()).isEqualTo("x:1797562100000000003");
        assertThat(continuation.threadRootKey()).isEqualTo("x:1797562100000000003");

        PostObserved retweet = sink.byNativeId("1797562150000000004");
        assertThat(retweet.kind()).isEqualTo(PostKind.REPOST);
        assertThat(retweet.text())
                .isEqualTo("RT @acme: We are hiring engineers & designers in Leeds and Lisbon. Join us!");
        assertThat(retweet.inReplyToKey()).isNull();

        PostObserved topLevel = sink.byNativeId("1785200000000000001");
        assertThat(topLevel.kind()).isEqualTo(PostKind.EXECUTIVE_POST);
        assertThat(topLevel.inReplyToKey()).isNull();
    }

    @Test
    void readsTheSameArchiveZippedWithOrWithoutATopLevelFolder() {
        ImportSummary fromFolder = importer.read(ARCHIVE, "dana", new Exports.Collected());
        Path zip = Exports.zip(ARCHIVE, "", temp.resolve("twitter-2024-06-10-abc.zip"));
        Path nested = Exports.zip(ARCHIVE, "twitter-2024-06-10-abc/", temp.resolve("repacked.zip"));
        Exports.Collected fromNested = new Exports.Collected();

        ImportSummary fromZip = importer.read(zip, "dana", sink);
        importer.read(nested, "dana", fromNested);

        assertThat(fromZip.byKind()).isEqualTo(fromFolder.byKind());
        assertThat(fromZip.skipped()).extracting(ImportSummary.Skipped::where)
                .contains(zip + "!data/tweets.js entry 4");
        assertThat(sink.byNativeId("1797562100000000003").text()).endsWith("https://acme.example/climate-2023");
        assertThat(fromNested.posts()).extracting(PostObserved::eventId)
                .containsExactlyElementsOf(sink.posts().stream().map(PostObserved::eventId).toList());
    }

    @Test
    void readsFromTheDataFolderOrASingleTweetsFile() {
        ImportSummary fromData = importer.read(ARCHIVE.resolve("data"), "dana", new Exports.Collected());
        ImportSummary fromFile = importer.read(ARCHIVE.resolve("data/tweets-part1.js"), "dana", sink);

        assertThat(fromData.total()).isEqualTo(5);
        assertThat(fromFile.total()).isEqualTo(1);
        PostObserved alone = sink.posts().get(0);
        assertThat(alone.author().handle()).isEqualTo("dana");
        assertThat(alone.url()).isEqualTo("https://x.com/i/web/status/1785200000000000001");
    }

    @Test
    void aTruncatedTweetsFileFailsNamingTheFileAndLineBeforeAnythingIsEmitted() throws IOException {
        Path archive = Exports.copy(ARCHIVE, temp.resolve("archive"));
        Path tweets = archive.resolve("data/tweets.js");
        String whole = Files.readString(tweets);
        Files.writeString(tweets, whole.substring(0, whole.indexOf("\"like\"")));

        assertThatThrownBy(() -> importer.read(archive, "dana", sink))
                .isInstanceOf(ImportException.class)
                .hasMessage(tweets + ", line 82, column 5: Unexpected end-of-input: expected close marker for"
                        + " Object; expected a complete JSON array of entries (is the file truncated?)");
        assertThat(sink.posts()).isEmpty();
    }

    @Test
    void aFileWithoutTheArchiveAssignmentFailsSayingWhatWasExpected() throws IOException {
        Path tweets = Files.writeString(temp.resolve("tweets.js"), "alert('hello'); [ ]");

        assertThatThrownBy(() -> importer.read(tweets, "dana", sink))
                .isInstanceOf(ImportException.class)
                .hasMessage(tweets + ", line 1: expected it to start with an assignment such as"
                        + " 'window.YTD.tweets.part0 = ' followed by JSON");
    }

    @Test
    void anArchiveWithoutTweetsNamesTheFileItExpected() throws IOException {
        Path archive = Exports.copy(ARCHIVE, temp.resolve("archive"));
        Files.delete(archive.resolve("data/tweets.js"));
        Files.delete(archive.resolve("data/tweets-part1.js"));

        assertThatThrownBy(() -> importer.read(archive, "dana", sink))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(archive + ": expected data/tweets.js (or data/tweets-part1.js, …) of an X"
                        + " archive, found none");
    }

    @Test
    void refusesAZipWhoseEntryWouldLandOutsideTheExport() {
        Path zip = Exports.zipOf(temp.resolve("evil.zip"), "data/account.js", "window.YTD.account.part0 = []",
                "../../tweets.js", "window.YTD.tweets.part0 = []");

        assertThatThrownBy(() -> importer.read(zip, "dana", sink))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("entry '../../tweets.js' points outside the export");
    }

    @Test
    void aZipCutShortWhereAnEntryBeginsFailsRatherThanImportingPartOfTheArchive() throws IOException {
        byte[] whole = Files.readAllBytes(Exports.zip(ARCHIVE, "", temp.resolve("whole.zip")));
        int lastEntry = new String(whole, StandardCharsets.ISO_8859_1).lastIndexOf("PK\u0003\u0004");
        Path zip = Files.write(temp.resolve("twitter-2024-06-10-abc.zip"), Arrays.copyOf(whole, lastEntry));

        assertThatThrownBy(() -> importer.read(zip, "dana", sink))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(zip + ": not a readable zip (zip END header not found)");
        assertThat(sink.posts()).isEmpty();
    }

    @Test
    void aZipEntryWhoseNameIsNotUtf8FailsNamingTheZip() throws IOException {
        byte[] bytes = Files.readAllBytes(Exports.zip(ARCHIVE, "", temp.resolve("whole.zip")));
        bytes[30] = (byte) 0xFF; // the first byte of the first entry's name in its local header
        Path zip = Files.write(temp.resolve("twitter-2024-06-10-abc.zip"), bytes);

        assertThatThrownBy(() -> importer.read(zip, "dana", sink))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(zip + ": not a readable zip (an entry's name: malformed input");
    }

    @Test
    void importsATenThousandTweetArchiveCorrectToTheRecord() throws IOException {
        Path archive = XArchiveFixture.write(temp.resolve("big"), 10_000);
        Instant start = XArchiveFixture.START;

        ImportSummary summary = importer.read(archive, "big", sink);

        assertThat(summary.total()).isEqualTo(10_000);
        assertThat(summary.byKind()).isEqualTo(Map.of(PostKind.EXECUTIVE_POST, 9_000L,
                PostKind.EXECUTIVE_REPLY, 1_000L));
        assertThat(summary.first()).isEqualTo(start);
        assertThat(summary.last()).isEqualTo(Instant.parse("2021-02-20T15:00:00Z"));
        assertThat(summary.skipped()).isEmpty();
        assertThat(sink.posts()).extracting(PostObserved::postKey).doesNotHaveDuplicates();
        assertThat(sink.posts().get(6_000).nativeId()).isEqualTo("1006000");
        assertThat(sink.posts().get(9_999).text()).isEqualTo("Post number 9999 & more");
        assertThat(sink.posts().stream().mapToLong(post -> post.metrics().likes()).sum()).isEqualTo(245_000);
    }
}
