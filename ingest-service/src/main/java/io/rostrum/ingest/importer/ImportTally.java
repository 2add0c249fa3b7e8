package io.rostrum.ingest.importer;

import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Passes posts on to the sink while counting them, and collects what was skipped, into an {@link ImportSummary}.
 * Only the first skipped entries are listed one by one, so a file of a million foreign lines stays a short report.
 */
public final class ImportTally {

    static final int MAX_LISTED_SKIPS = 1000;

    private final String format;
    private final Consumer<PostObserved> sink;
    private final Map<PostKind, Long> byKind = new EnumMap<>(PostKind.class);
    private final List<ImportSummary.Skipped> skipped = new ArrayList<>();
    private long unlisted;
    private @Nullable Instant first;
    private @Nullable Instant last;

    public ImportTally(String format, Consumer<PostObserved> sink) {
        this.format = format;
        this.sink = sink;
    }

    public void accept(PostObserved post) {
        sink.accept(post);
        byKind.merge(post.kind(), 1L, Long::sum);
        Instant at = post.createdAt();
        if (first == null || at.isBefore(first)) {
            first = at;
        }
        if (last == null || at.isAfter(last)) {
            last = at;
        }
    }

    public void skip(String where, String reason) {
        if (skipped.size() < MAX_LISTED_SKIPS) {
            skipped.add(new ImportSummary.Skipped(where, reason));
        } else {
            unlisted++;
        }
    }

    public ImportSummary summary() {
        List<ImportSummary.Skipped> listed = new ArrayList<>(skipped);
        if (unlisted > 0) {
            listed.add(new ImportSummary.Skipped("(more)", unlisted + " further entries skipped, not listed"));
        }
        return new ImportSummary(format, byKind, first, last, listed);
    }
}
