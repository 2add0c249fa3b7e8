package io.rostrum.e2e.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one fault case measured: the counts it expected and found, and how long the platform took to recover. Written
 * to {@code target/reliability/<case>.md} before the assertions run, so a failing run leaves its numbers too; the
 * table in docs/reliability.md is filled from these files.
 */
final class FaultReport {

    private static final Path DIRECTORY = Path.of("target", "reliability");

    private final String caseName;
    private final String fault;
    private final List<String> counts = new ArrayList<>();
    private final List<String> timings = new ArrayList<>();

    FaultReport(String caseName, String fault) {
        this.caseName = caseName;
        this.fault = fault;
    }

    FaultReport count(String what, long expected, long actual) {
        counts.add(String.format(Locale.ROOT, "| %s | %,d | %,d |", what, expected, actual));
        return this;
    }

    /** A duration measured in the run: the recovery, or how long the fault itself lasted. */
    FaultReport timing(String what, Duration took) {
        timings.add(String.format(Locale.ROOT, "- %s: %.1f s", what, took.toMillis() / 1000.0));
        return this;
    }

    void write() {
        List<String> lines = new ArrayList<>(List.of("# " + caseName, "", "Fault: " + fault, "",
                "Run: " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " on " + host() + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores", ""));
        lines.addAll(timings);
        lines.addAll(List.of("", "| count | expected | actual |", "|---|---:|---:|"));
        lines.addAll(counts);
        try {
            Files.createDirectories(DIRECTORY);
            Files.write(DIRECTORY.resolve(caseName + ".md"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of " + caseName, e);
        }
        System.err.println(String.join("\n", lines));
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "an unnamed host";
        }
    }
}
