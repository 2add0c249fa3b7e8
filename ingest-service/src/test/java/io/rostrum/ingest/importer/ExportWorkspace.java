package io.rostrum.ingest.importer;

import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.rostrum.ingest.FuzzSamples;
import io.rostrum.support.fuzz.Cases;
import io.rostrum.support.fuzz.FuzzInput;
import io.rostrum.support.fuzz.FuzzInputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;

/**
 * A copy of an export fixture in a temporary folder, in which each fuzz try replaces one file and then puts it
 * back: ten thousand tries cost one copy.
 */
public final class ExportWorkspace implements AutoCloseable {

    private final Path root;
    /** Each file's valid content, by its path relative to the root, as the sample it is. */
    private final Map<String, FuzzInput> files;

    private ExportWorkspace(Path root, Map<String, FuzzInput> files) {
        this.root = root;
        this.files = files;
    }

    /** One file of the export with other content. */
    public record Replacement(String file, FuzzInput content) {

        public String fileName() {
            return Path.of(file).getFileName().toString();
        }

        @Override
        public String toString() {
            return file + " replaced by " + content;
        }
    }

    /** A task that reads the export. */
    @FunctionalInterface
    public interface Reading<T> {
        T run() throws Exception;
    }

    public static ExportWorkspace copyOf(Path fixture) {
        try {
            Path root = Exports.copy(fixture, Files.createTempDirectory("rostrum-fuzz-"));
            try (Stream<Path> all = Files.walk(root)) {
                return new ExportWorkspace(root, all.filter(Files::isRegularFile).sorted()
                        .collect(Collectors.toMap(file -> root.relativize(file).toString().replace('\\', '/'),
                                file -> FuzzSamples.file(file, root.relativize(file).toString()),
                                (a, b) -> a, TreeMap::new)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    /** Every file's valid content. */
    public List<FuzzInput> samples() {
        return List.copyOf(files.values());
    }

    /** A file of the export replaced by content drawn from {@code contents}, given the file's valid content. */
    public Gen<Replacement> replacements(Function<FuzzInput, Gen<FuzzInput>> contents) {
        return arbitrary().pick(List.copyOf(files.keySet())).flatMap(file -> contents.apply(files.get(file))
                .map(content -> new Replacement(file, content)));
    }

    /** Each file of the export cut at each of its cut points. */
    public Cases<Replacement> truncations() {
        return Cases.concat(List.copyOf(files.keySet()), file -> FuzzInputs.truncations(List.of(files.get(file)))
                .map(content -> new Replacement(file, content)));
    }

    /** Runs {@code reading} with the replacement in place, and puts the file back after it. */
    public <T> T with(Replacement replacement, Reading<T> reading) throws Exception {
        Path file = root.resolve(replacement.file());
        Files.write(file, replacement.content().bytes());
        try {
            return reading.run();
        } finally {
            Files.write(file, files.get(replacement.file()).bytes());
        }
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
