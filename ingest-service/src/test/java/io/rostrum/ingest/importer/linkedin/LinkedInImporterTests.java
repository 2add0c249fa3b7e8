package io.rostrum.ingest.importer.linkedin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.importer.Exports;
import io.rostrum.ingest.importer.ImportException;
import io.rostrum.ingest.importer.ImportSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedInImporterTests {

    private static final Path EXPORT = Exports.fixture("linkedin");

    private final LinkedInImporter importer = new LinkedInImporter();
    private final Exports.Collected sink = new Exports.Collected();

    @TempDir
    Path temp;

    @Test
    void readsSharesAndCommentsAndSkipsBrokenRowsNamingFileRecordAndLine() {
        ImportSummary summary = importer.read(EXPORT, "dana", sink);

        assertThat(sink.posts()).extracting(PostObserved::nativeId).containsExactly(
                "urn:li:share:7171234567890123456", "urn:li:activity:7172000000000000001",
                "urn:li:activity:7173000000000000002", sink.posts().get(3).nativeId(),
                "urn:li:comment:(activity:7172500000000000000,7172500000000000777)");
        assertThat(summary.byKind()).isEqualTo(Map.of(PostKind.EXECUTIVE_POST, 2L, PostKind.REPOST, 1L,
                PostKind.EXECUTIVE_REPLY, 2L));
        assertThat(summary.first()).isEqualTo(Instant.parse("2024-03-05T14:22:11Z"));
        assertThat(summary.last()).isEqualTo(Instant.parse("2024-03-09T17:45:30Z"));
        assertThat(summary.skipped()).containsExactly(
                new ImportSummary.Skipped(EXPORT + "/Shares.csv record 4 (line 8)",
                        "expected 6 fields as in the header, found 7"),
                new ImportSummary.Skipped(EXPORT + "/Shares.csv record 5 (line 9)",
                        "ShareLink 'https://www.linkedin.com/in/dana-whitfield' names no share, activity or ugcPost"
                                + " URN"),
                new ImportSummary.Skipped(EXPORT + "/Comments.csv record 3 (line 5)", "comment without text"));
    }

    @Test
    void keepsMultiLineCommentaryWithDoubledQuotesBehindAByteOrderMark() {
        importer.read(EXPORT, "dana", sink);

        PostObserved post = sink.byNativeId("urn:li:share:7171234567890123456");
        assertThat(post.kind()).isEqualTo(PostKind.EXECUTIVE_POST);
        assertThat(post.platform()).isEqualTo(Platform.LINKEDIN);
        assertThat(post.postKey()).isEqualTo("linkedin:urn:li:share:7171234567890123456");
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2024-03-05T14:22:11Z"));
        assertThat(post.text()).isEqualTo("""
                Proud of the team today.

                We shipped "Orbit", our first product built entirely in Lisbon.
                Thank you all.""");
        assertThat(post.url()).isEqualTo(
                "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7171234567890123456");
        assertThat(post.author()).satisfies(author -> {
            assertThat(author.displayName()).isEqualTo("Dana Whitfield");
            assertThat(author.profileText()).isEqualTo("CEO, Acme");
            assertThat(author.handle()).isEqualTo("dana");
        });
        assertThat(sink.byNativeId("urn:li:activity:7173000000000000002").text())
                .isEqualTo("Three things I learnt from our first 100 days in Lisbon: listen, write it down, and say"
                        + " thank you.");
    }

    @Test
    void aShareWithoutCommentaryIsARepostOfItsSharedUrl() {
        importer.read(EXPORT, "dana", sink);

        PostObserved repost = sink.byNativeId("urn:li:activity:7172000000000000001");
        assertThat(repost.kind()).isEqualTo(PostKind.REPOST);
        assertThat(repost.text()).isEqualTo("https://acme.example/news/orbit-review");
        assertThat(repost.inReplyToKey()).isNull();
    }

    @Test
    void commentsAreRepliesToTheCommentedPostWithBackslashEscapedQuotes() {
        importer.read(EXPORT, "dana", sink);

        PostObserved named = sink.byNativeId("urn:li:comment:(activity:7172500000000000000,7172500000000000777)");
        assertThat(named.kind()).isEqualTo(PostKind.EXECUTIVE_REPLY);
        assertThat(named.inReplyToKey()).isEqualTo("linkedin:urn:li:activity:7172500000000000000");
        assertThat(named.text()).isEqualTo("Thank you, Priya.\nWe will share the \"Lisbon playbook\" next month.");

        PostObserved unnamed = sink.posts().get(3);
        assertThat(unnamed.nativeId()).startsWith("comment-");
        assertThat(unnamed.inReplyToKey()).isEqualTo("linkedin:urn:li:activity:7171999999999999999");
        assertThat(unnamed.text()).isEqualTo("Agreed. As our CFO put it: \"ship it, then measure it.\"");

        Exports.Collected again = new Exports.Collected();
        importer.read(EXPORT, "dana", again);
        assertThat(again.posts().get(3).eventId()).isEqualTo(unnamed.eventId());
    }

    @Test
    void readsAMemberIdSuffixedFileWithBackslashEscapesAndDoubledQuotesTogether() {
        Path file = Exports.fixture("linkedin-backslash/Shares_17529409.csv");

        ImportSummary summary = importer.read(file, "dana", sink);

        assertThat(summary.skipped()).isEmpty();
        assertThat(sink.posts()).extracting(PostObserved::text).containsExactly(
                "We call it the \"one team\" rule:\nnobody ships alone.", "He said \"make it so.\"",
                "They call it \"now more than ever\"!");
        assertThat(sink.posts().get(0).author().displayName()).isEqualTo("dana");
    }

    @Test
    void readsTheExportZippedInsideItsFolder() {
        Path zip = Exports.zip(EXPORT, "Basic_LinkedInDataExport_06-10-2024/", temp.resolve("export.zip"));

        ImportSummary summary = importer.read(zip, "dana", sink);

        assertThat(summary.total()).isEqualTo(5);
        assertThat(summary.skipped()).first().extracting(ImportSummary.Skipped::where)
                .isEqualTo(zip + "!Basic_LinkedInDataExport_06-10-2024/Shares.csv record 4 (line 8)");
    }

    @Test
    void anUnclosedQuoteFailsNamingTheFileAndLineBeforeAnythingIsEmitted() throws IOException {
        Path shares = Files.writeString(temp.resolve("Shares.csv"), """
                Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility
                2024-03-05 14:22:11,https://www.linkedin.com/feed/update/urn:li:share:1,Fine,,,PUBLIC
                2024-03-06 14:22:11,https://www.linkedin.com/feed/update/urn:li:share:2,"Never closed,,,PUBLIC
                2024-03-07 14:22:11,https://www.linkedin.com/feed/update/urn:li:share:3,Lost,,,PUBLIC
                """);

        assertThatThrownBy(() -> importer.read(shares, "dana", sink))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(shares + ", after line 2: cannot parse the CSV (")
                .hasMessageContaining("EOF reached before encapsulated token finished")
                .hasMessageEndingWith("expected each quoted field to be closed by a quote");
        assertThat(sink.posts()).isEmpty();
    }

    @Test
    void aHeaderWithoutTheExpectedColumnsIsRefusedNamingThem() throws IOException {
        Path shares = Files.writeString(temp.resolve("Shares.csv"), "When,Link,Text\n2024-03-05,x,y\n");

        assertThatThrownBy(() -> importer.read(shares, "dana", sink))
                .isInstanceOf(ImportException.class)
                .hasMessage(shares + ", line 1: expected a header with Date, ShareLink, ShareCommentary; missing"
                        + " Date, ShareLink, ShareCommentary (found When, Link, Text)");
    }

    @Test
    void anExportWithoutSharesOrCommentsNamesWhatWasExpected() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("export"));
        Files.writeString(folder.resolve("Connections.csv"), "First Name,Last Name\n");

        assertThatThrownBy(() -> importer.read(folder, "dana", sink))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(folder + ": expected Shares.csv or Comments.csv of a LinkedIn data export");
    }
}
