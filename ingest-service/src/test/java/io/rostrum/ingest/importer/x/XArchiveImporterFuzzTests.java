package io.rostrum.ingest.importer.x;

import static io.rostrum.support.fuzz.FuzzChecks.assertClear;
import static io.rostrum.support.fuzz.FuzzChecks.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.events.PostObserved;
import io.rostrum.ingest.importer.ExportWorkspace;
import io.rostrum.ingest.importer.ExportWorkspace.Replacement;
import io.rostrum.ingest.importer.Exports;
import io.rostrum.ingest.importer.ImportException;
import io.rostrum.support.fuzz.FuzzInputs;
import io.rostrum.support.fuzz.FuzzProperty;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8: an X archive with any of its files (tweets, parts, notes, account, manifest, followers) random, cut
 * short or edited is imported, or fails with an ImportException naming that file before any post reaches the sink,
 * as the importer documents; never another exception, never a hang.
 */
class XArchiveImporterFuzzTests {

    private static final String EXECUTIVE = "big-ceo";

    private final XArchiveImporter importer = new XArchiveImporter(JsonMapper.builder().build());
    private final ExportWorkspace archive = ExportWorkspace.copyOf(Exports.fixture("x-archive"));
    private final List<PostObserved> whole = read(archive.root());

    @AfterEach
    void removeArchive() {
        archive.close();
    }

    @Test
    void randomFilesAreReadOrFailNamingTheFile() {
        FuzzProperty.forAll(archive.replacements(file -> FuzzInputs.random(archive.samples())),
                this::assertReadOrFailedBeforeAnyPost);
    }

    @Test
    void aTruncatedFileFailsNamingItOrLosesNothing() {
        FuzzProperty.forAll(archive.truncations(), replacement -> {
            List<PostObserved> read = assertReadOrFailedBeforeAnyPost(replacement);

            if (read != null) {
                assertThat(read).as("a cut that leaves the JSON whole only drops trailing space").isEqualTo(whole);
            }
        });
    }

    @Test
    void editedFilesAreReadOrFailNamingTheFile() {
        FuzzProperty.forAll(archive.replacements(file -> FuzzInputs.mutations(List.of(file))),
                this::assertReadOrFailedBeforeAnyPost);
    }

    /** @return the posts read, or null when the import failed */
    private @Nullable List<PostObserved> assertReadOrFailedBeforeAnyPost(Replacement replacement) throws Exception {
        Exports.Collected sink = new Exports.Collected();
        Throwable failure = archive.with(replacement,
                () -> failureOf(() -> importer.read(archive.root(), EXECUTIVE, sink)));
        if (failure == null) {
            return sink.posts();
        }
        assertClear(failure, ImportException.class, replacement.fileName());
        assertThat(sink.posts()).as("posts sent before the import failed").isEmpty();
        return null;
    }

    private List<PostObserved> read(Path export) {
        Exports.Collected sink = new Exports.Collected();
        importer.read(export, EXECUTIVE, sink);
        return sink.posts();
    }
}
