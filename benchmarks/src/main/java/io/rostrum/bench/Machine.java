package io.rostrum.bench;

import io.rostrum.infra.stack.ChildProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** What the benchmarks read about the machine and its processes from {@code /proc} (Linux). */
final class Machine {

    private Machine() {
    }

    /** The 1, 5 and 15-minute load averages, as {@code uptime} prints them: the machine is shared. */
    static String loadAverage() {
        try {
            List<String> fields = List.of(Files.readString(Path.of("/proc/loadavg")).trim().split(" "));
            return String.join(" ", fields.subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Cores, memory and this JVM, e.g. "2 cores, 24 GiB, OpenJDK 17.0.15". */
    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + memoryGib() + " GiB, "
                + System.getProperty("java.vm.name").replace(" 64-Bit Server VM", "") + " "
                + System.getProperty("java.version");
    }

    /**
     * The peak resident memory of a process and its descendants (Elasticsearch runs its server JVM under a
     * launcher): the sum of each one's high-water mark (VmHWM) since it started, in bytes.
     */
    static long peakResidentBytes(ChildProcess process) {
        return ProcessHandle.of(process.pid()).stream()
                .flatMap(handle -> Stream.concat(Stream.of(handle), handle.descendants()))
                .mapToLong(handle -> statusKilobytes(handle.pid(), "VmHWM:") * 1024).sum();
    }

    /** The CPU time a process and its descendants have used since they started (user and system). */
    static Duration cpuTime(ChildProcess process) {
        return ProcessHandle.of(process.pid()).stream()
                .flatMap(handle -> Stream.concat(Stream.of(handle), handle.descendants()))
                .map(handle -> handle.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private static long memoryGib() {
        return Math.round(statusKilobytes(Path.of("/proc/meminfo"), "MemTotal:") / (1024.0 * 1024.0));
    }

    private static long statusKilobytes(long pid, String field) {
        return statusKilobytes(Path.of("/proc", Long.toString(pid), "status"), field);
    }

    /** A "Field:   123 kB" line of a /proc file; 0 when the process is gone or the field is missing. */
    private static long statusKilobytes(Path file, String field) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(field)).findFirst()
                    .map(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").trim()))
                    .orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }
}
