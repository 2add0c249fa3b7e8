package io.rostrum.ingest.importer.linkedin;

import static io.rostrum.support.fuzz.FuzzChecks.assertClear;
import static io.rostrum.support.fuzz.FuzzChecks.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.FuzzSamples;
import io.rostrum.ingest.importer.ExportWorkspace;
import io.rostrum.ingest.importer.ExportWorkspace.Replacement;
import io.rostrum.ingest.importer.Exports;
import io.rostrum.ingest.importer.ImportException;
import io.rostrum.support.fuzz.FuzzInput;
import io.rostrum.support.fuzz.FuzzInputs;
import io.rostrum.support.fuzz.FuzzProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: a LinkedIn export with its Shares, Comments or Profile CSV random, cut short or edited is imported,
 * with unreadable rows skipped, or fails with an ImportException naming that file before any post reaches the
 * sink, as the importer documents; never another exception, never a hang. A file cut short keeps its rows before
 * the cut; the row the cut falls in may come out cut short (even readable where the whole row was not, when the cut
 * drops a field too many).
 */
class LinkedInImporterFuzzTests {

    private static final String EXECUTIVE = "dana";
    /** The other way LinkedIn quotes, with backslashes: another valid Shares.csv. */
    private static final FuzzInput BACKSLASH_SHARES =
            FuzzSamples.resource("/exports/linkedin-backslash/Shares_17529409.csv");

    private final LinkedInImporter importer = new LinkedInImporter();
    private final ExportWorkspace export = ExportWorkspace.copyOf(Exports.fixture("linkedin"));
    private final List<Sighting> whole = sightings(read());

    /** A post as the export gives it; its metrics are observed at the file's modification time, so not compared. */
    record Sighting(String postKey, PostKind kind, @Nullable String inReplyToKey, Instant createdAt, String text) {
    }

    @AfterEach
    void removeExport() {
        export.close();
    }

    @Test
    void randomFilesAreReadOrFailNamingTheFile() {
        List<FuzzInput> samples = new ArrayList<>(export.samples());
        samples.add(BACKSLASH_SHARES);
        FuzzProperty.forAll(export.replacements(file -> FuzzInputs.random(samples)),
                this::assertReadOrFailedBeforeAnyPost);
    }

    @Test
    void aTruncatedFileFailsNamingItOrLosesOnlyRowsFromTheCutOn() {
        FuzzProperty.forAll(export.truncations(), replacement -> {
            List<PostObserved> read = assertReadOrFailedBeforeAnyPost(replacement);

            if (read != null && replacement.fileName().equals("Profile.csv")) {
                assertThat(sightings(read)).as("the posts, whose author the profile names").isEqualTo(whole);
            } else if (read != null) {
                boolean commentsCut = replacement.fileName().equals("Comments.csv");
                assertThat(postsOf(sightings(read), !commentsCut)).as("the posts of the file not cut")
                        .isEqualTo(postsOf(whole, !commentsCut));
                List<Sighting> kept = postsOf(sightings(read), commentsCut);
                List<Sighting> all = postsOf(whole, commentsCut);
                int beforeTheCut = Math.max(0, kept.size() - 1);
                assertThat(all.size()).as("posts of the whole file").isGreaterThanOrEqualTo(beforeTheCut);
                assertThat(kept.subList(0, beforeTheCut)).as("the rows before the cut")
                        .isEqualTo(all.subList(0, beforeTheCut));
            }
        });
    }

    @Test
    void editedFilesAreReadOrFailNamingTheFile() {
        FuzzProperty.forAll(export.replacements(file -> FuzzInputs.mutations(file.origin().equals("Shares.csv")
                ? List.of(file, BACKSLASH_SHARES) : List.of(file))), this::assertReadOrFailedBeforeAnyPost);
    }

    /** @return the posts read, or null when the import failed */
    private @Nullable List<PostObserved> assertReadOrFailedBeforeAnyPost(Replacement replacement) throws Exception {
        Exports.Collected sink = new Exports.Collected();
        Throwable failure = export.with(replacement,
                () -> failureOf(() -> importer.read(export.root(), EXECUTIVE, sink)));
        if (failure == null) {
            return sink.posts();
        }
        assertClear(failure, ImportException.class, replacement.fileName());
        assertThat(sink.posts()).as("posts sent before the import failed").isEmpty();
        return null;
    }

    private List<PostObserved> read() {
        Exports.Collected sink = new Exports.Collected();
        importer.read(export.root(), EXECUTIVE, sink);
        return sink.posts();
    }

    /** The posts of Comments.csv (replies), or of Shares.csv. */
    private static List<Sighting> postsOf(List<Sighting> posts, boolean comments) {
        return posts.stream().filter(post -> (post.kind() == PostKind.EXECUTIVE_REPLY) == comments).toList();
    }

    private static List<Sighting> sightings(List<PostObserved> posts) {
        return posts.stream().map(post -> new Sighting(post.postKey(), post.kind(), post.inReplyToKey(),
                post.createdAt(), post.text())).toList();
    }
}
