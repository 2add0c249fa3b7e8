package io.rostrum.ingest.cli;

import io.rostrum.ingest.importer.ExportImporter;
import io.rostrum.ingest.importer.ExportImporters;
import io.rostrum.ingest.importer.ImportException;
import io.rostrum.ingest.importer.ImportSummary;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./rostrum import}: reads an export with the same importers the service uses, into a temporary JSON
 * Lines file, then either prints it ({@code --dry-run}: events on stdout, summary on stderr, no stack needed) or
 * uploads it to ingest-service in batches. Re-running an interrupted import is safe: the post key makes every
 * write downstream an upsert.
 */
public final class ImportCommand {

    private static final int BATCH = 500;
    /** Long posts make large lines: a batch also stops at 4 MB, well under the import API's 16 MB default limit. */
    static final long BATCH_BYTES = 4L * 1024 * 1024;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final Map<String, String> environment;
    private final JsonMapper json = JsonMapper.builder().build();

    ImportCommand(PrintStream out, PrintStream err, boolean terminal, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.environment = environment;
    }

    public static void main(String[] args) {
        ImportCommand command = new ImportCommand(new PrintStream(System.out, false, StandardCharsets.UTF_8),
                System.err, System.console() != null, System.getenv());
        System.exit(command.run(List.of(args)));
    }

    int run(List<String> args) {
        try {
            ImportOptions options = ImportOptions.parse(args);
            ExportImporter importer = ExportImporters.standard(json, Clock.systemUTC()).get(options.format());
            Path events = Files.createTempFile("rostrum-import-", ".jsonl");
            try {
                ImportSummary summary = read(importer, options, events);
                if (options.dryRun()) {
                    try (Reader lines = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
                        PrintWriter writer = new PrintWriter(out);
                        lines.transferTo(writer);
                        writer.flush();
                    }
                } else {
                    upload(options.executiveId(), events, summary.total());
                }
                err.print(SummaryText.of(summary, options.dryRun()));
                return 0;
            } finally {
                Files.deleteIfExists(events);
            }
        } catch (IllegalArgumentException | ImportException e) {
            err.println("rostrum import: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("rostrum import: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("rostrum import: interrupted; run it again to finish (nothing is imported twice)");
            return 130;
        }
    }

    private ImportSummary read(ExportImporter importer, ImportOptions options, Path events) throws IOException {
        long[] count = {0};
        try (BufferedWriter writer = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
            ImportSummary summary = importer.read(options.path(), options.executiveId(), post -> {
                try {
                    writer.write(json.writeValueAsString(post));
                    writer.newLine();
                    if (terminal && ++count[0] % 1_000 == 0) {
                        err.printf("\rReading %s: %,d posts", options.path().getFileName(), count[0]);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (terminal && count[0] >= 1_000) {
                err.println();
            }
            return summary;
        }
    }

    private void upload(String executiveId, Path events, long total) throws IOException, InterruptedException {
        IngestUploader uploader = uploader();
        ProgressBar progress = new ProgressBar(err, "Importing", total, terminal);
        List<String> batch = new ArrayList<>(BATCH);
        long batchBytes = 0;
        long sent = 0;
        try (BufferedReader lines = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                long lineBytes = line.getBytes(StandardCharsets.UTF_8).length + 1L;
                if (!batch.isEmpty() && (batch.size() == BATCH || batchBytes + lineBytes > BATCH_BYTES)) {
                    uploader.upload(executiveId, batch);
                    sent += batch.size();
                    batch.clear();
                    batchBytes = 0;
                    progress.update(sent);
                }
                batch.add(line);
                batchBytes += lineBytes;
            }
        }
        if (!batch.isEmpty()) {
            uploader.upload(executiveId, batch);
            sent += batch.size();
        }
        progress.update(sent);
    }

    /** Where ingest-service is and how to sign in: the environment, else the local demo's credentials file. */
    private IngestUploader uploader() throws IOException {
        String url = environment.getOrDefault("ROSTRUM_INGEST_URL", "http://127.0.0.1:8081");
        String user = environment.get("ROSTRUM_API_USER");
        String password = environment.get("ROSTRUM_API_PASSWORD");
        Path stored = Path.of(environment.getOrDefault("ROSTRUM_STATE_DIR", ".rostrum"), "credentials.properties");
        if ((user == null || password == null) && Files.isRegularFile(stored)) {
            Properties credentials = new Properties();
            try (Reader reader = Files.newBufferedReader(stored, StandardCharsets.UTF_8)) {
                credentials.load(reader);
            }
            user = credentials.getProperty("api.user");
            password = credentials.getProperty("api.password");
        }
        if (user == null || password == null) {
            throw new IOException("no API credentials: set ROSTRUM_API_USER and ROSTRUM_API_PASSWORD, or run from"
                    + " the checkout whose `./rostrum demo` is running");
        }
        return new IngestUploader(URI.create(url), user, password);
    }
}
