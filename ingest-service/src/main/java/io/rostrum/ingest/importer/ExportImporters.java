package io.rostrum.ingest.importer;

import io.rostrum.ingest.importer.feed.FeedFileImporter;
import io.rostrum.ingest.importer.jsonl.JsonlImporter;
import io.rostrum.ingest.importer.linkedin.LinkedInImporter;
import io.rostrum.ingest.importer.x.XArchiveImporter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** The importers by format name, so the command line and the service offer the same formats. */
public final class ExportImporters {

    private final Map<String, ExportImporter> byFormat = new LinkedHashMap<>();

    public ExportImporters(List<ExportImporter> importers) {
        for (ExportImporter importer : importers) {
            if (byFormat.putIfAbsent(importer.format(), importer) != null) {
                throw new IllegalArgumentException("two importers for format " + importer.format());
            }
        }
    }

    /** Every importer Rostrum ships; a new format is one more line here. */
    public static ExportImporters standard(JsonMapper json, Clock clock) {
        return new ExportImporters(List.of(
                new XArchiveImporter(json),
                new LinkedInImporter(),
                new FeedFileImporter(clock),
                new JsonlImporter(json)));
    }

    public Optional<ExportImporter> find(String format) {
        return Optional.ofNullable(byFormat.get(format));
    }

    /** @throws ImportException naming the formats there are, when there is none by that name */
    public ExportImporter get(String format) {
        return find(format).orElseThrow(() -> new ImportException(
                "no importer for format '" + format + "'; expected one of " + String.join(", ", formats())));
    }

    /** The format names, in registration order. */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }
}
