package io.rostrum.ingest.cli;

import io.rostrum.ingest.importer.ImportSummary;
import java.util.Map;

/** The summary an import prints on stderr: counts by kind, date range, and what was skipped and why. */
final class SummaryText {

    private static final int SHOWN_SKIPS = 20;

    private SummaryText() {
    }

    static String of(ImportSummary summary, boolean dryRun) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%s %,d posts from a %s export%n", dryRun ? "Read" : "Imported", summary.total(),
                summary.format()));
        summary.byKind().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(kind -> text.append(String.format("  %-18s %,d%n", kind.getKey().id(), kind.getValue())));
        if (summary.first() != null) {
            text.append(String.format("  from %s to %s%n", summary.first(), summary.last()));
        }
        if (!summary.skipped().isEmpty()) {
            text.append(String.format("Skipped %,d entries:%n", summary.skipped().size()));
            summary.skipped().stream().limit(SHOWN_SKIPS)
                    .forEach(skip -> text.append("  ").append(skip.where()).append(": ").append(skip.reason())
                            .append(System.lineSeparator()));
            if (summary.skipped().size() > SHOWN_SKIPS) {
                text.append(String.format("  ... and %,d more%n", summary.skipped().size() - SHOWN_SKIPS));
            }
        }
        return text.toString();
    }
}
