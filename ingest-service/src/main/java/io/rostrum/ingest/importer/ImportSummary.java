package io.rostrum.ingest.importer;

import io.rostrum.events.PostKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an import read.
 *
 * @param byKind  how many posts of each kind went to the sink
 * @param first   the earliest {@code createdAt} among them
 * @param last    the latest
 * @param skipped the entries left out, each with its place in the export and the reason
 */
public record ImportSummary(String format, Map<PostKind, Long> byKind, @Nullable Instant first, @Nullable Instant last,
                            List<Skipped> skipped) {

    public ImportSummary {
        byKind = Map.copyOf(byKind);
        skipped = List.copyOf(skipped);
    }

    public long total() {
        return byKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @param where file and line, entry or offset */
    public record Skipped(String where, String reason) {
    }
}
