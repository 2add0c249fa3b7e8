package io.rostrum.ingest.importer;

import io.rostrum.events.PostObserved;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a data export an executive downloaded (an X archive, a LinkedIn export, a feed file, Rostrum JSONL) into
 * observations. Plain parsing: no Kafka, no Spring, so the command line's dry run and the service use the same
 * code.
 */
public interface ExportImporter {

    /** The name of the format on the command line: {@code x-archive}, {@code linkedin}, {@code rss}, {@code jsonl}. */
    String format();

    /**
     * Streams every post of the export to {@code sink}, in the export's order.
     *
     * @param path        the export's .zip, its root folder, its data folder, or the single file
     * @param executiveId the executive the export belongs to
     * @return counts, date range and what was skipped, with reasons
     * @throws ImportException when the export cannot be read, naming the file, the line or offset, and what was
     *                         expected there
     */
    ImportSummary read(Path path, String executiveId, Consumer<PostObserved> sink);
}
