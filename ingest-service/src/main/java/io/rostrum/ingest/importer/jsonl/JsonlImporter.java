package io.rostrum.ingest.importer.jsonl;

import io.rostrum.events.PostObserved;
import io.rostrum.ingest.importer.ExportFile;
import io.rostrum.ingest.importer.ExportImporter;
import io.rostrum.ingest.importer.ExportSource;
import io.rostrum.ingest.importer.ImportException;
import io.rostrum.ingest.importer.ImportSummary;
import io.rostrum.ingest.importer.ImportTally;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rostrum's own JSON Lines: one {@link PostObserved} per line, plain or gzip-compressed (recognised by its
 * content, whatever the name). A folder or zip may hold several files, read in name order.
 *
 * <p>Like {@link io.rostrum.ingest.imports.JsonlReader}, a line that is not a valid observation is skipped with
 * its line number and the rest still comes in; so is a line of another executive. Unlike it, a failure of the
 * sink propagates: it is not a fault of the line.
 */
public final class JsonlImporter implements ExportImporter {

    public static final String FORMAT = "jsonl";

    private static final Pattern WANTED = Pattern.compile(".+\\.(?:jsonl|ndjson)(?:\\.gz)?");
    private static final int GZIP_MAGIC = 0x8b1f;

    private final JsonMapper json;

    public JsonlImporter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public ImportSummary read(Path path, String executiveId, Consumer<PostObserved> sink) {
        try (ExportSource source = ExportSource.open(path, WANTED)) {
            List<ExportFile> files = source.files(WANTED);
            if (files.isEmpty()) {
                throw new ImportException(path + ": expected a .jsonl or .jsonl.gz file of observations, found none");
            }
            ImportTally tally = new ImportTally(FORMAT, sink);
            files.forEach(file -> read(file, executiveId, tally));
            return tally.summary();
        }
    }

    private void read(ExportFile file, String executiveId, ImportTally tally) {
        long number = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(decompressed(file.open()),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + " line " + number;
                PostObserved post;
                try {
                    post = json.readValue(line, PostObserved.class);
                } catch (JacksonException | IllegalArgumentException e) {
                    tally.skip(where, reason(e));
                    continue;
                }
                if (post.executiveId().equals(executiveId)) {
                    tally.accept(post);
                } else {
                    tally.skip(where, "belongs to executive '" + post.executiveId() + "', not '" + executiveId + "'");
                }
            }
        } catch (IOException e) {
            throw new ImportException(file + ", after line " + number + ": cannot read on (" + e.getMessage()
                    + "); expected a complete UTF-8 or gzip file", e);
        }
    }

    private static InputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(2);
        int magic = in.read() | (in.read() << 8);
        in.reset();
        return magic == GZIP_MAGIC ? new GZIPInputStream(in) : in;
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JacksonException jackson ? jackson.getOriginalMessage() : root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
