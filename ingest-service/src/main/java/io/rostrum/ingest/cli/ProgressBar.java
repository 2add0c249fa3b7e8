package io.rostrum.ingest.cli;

import java.io.PrintStream;
import java.time.Duration;

/** A one-line progress bar with rate and ETA, redrawn in place; silent when the output is not a terminal. */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = Duration.ofMillis(100).toNanos();

    private final PrintStream out;
    private final String label;
    private final long total;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDrawn;

    ProgressBar(PrintStream out, String label, long total, boolean enabled) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.enabled = enabled;
    }

    void update(long done) {
        long now = System.nanoTime();
        if (!enabled || (now - lastDrawn < REDRAW_NANOS && done < total)) {
            return;
        }
        lastDrawn = now;
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        double rate = done / seconds;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        long eta = rate > 0 ? (long) ((total - done) / rate) : 0;
        out.printf("\r%s [%s%s] %,d/%,d  %,.0f/s  ETA %d:%02d ", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
                done, total, rate, eta / 60, eta % 60);
        if (done >= total) {
            out.println();
        }
        out.flush();
    }
}
