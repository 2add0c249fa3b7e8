package io.rostrum.analytics.cli;

import io.rostrum.analytics.detect.Detectors;
import io.rostrum.analytics.detect.HistoryRecord;
import io.rostrum.analytics.detect.Replay;
import io.rostrum.analytics.detect.SettingsBook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./rostrum detect --input FILE.jsonl [--settings FILE]}: replays a history through the service's own
 * detectors and prints each alert it would have raised as a JSON line; a summary goes to standard error.
 */
public final class DetectCommand {

    private static final String USAGE = "usage: ./rostrum detect --input FILE.jsonl [--settings FILE.json]";
    private static final int BAD_INPUT = 2;

    private final JsonMapper json = JsonMapper.builder().build();

    public static void main(String[] args) {
        System.exit(new DetectCommand().run(args, System.out, System.err));
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!List.of("--input", "--settings").contains(args[i]) || i + 1 >= args.length) {
                err.println(USAGE);
                return BAD_INPUT;
            }
            options.put(args[i], args[i + 1]);
        }
        String input = options.get("--input");
        if (input == null) {
            err.println(USAGE);
            return BAD_INPUT;
        }
        try {
            SettingsBook settings = settings(options.get("--settings"));
            return replay(Path.of(input), new Replay(new Detectors(settings)), out, err);
        } catch (NoSuchFileException e) {
            err.println("no such file: " + e.getFile());
        } catch (IOException | IllegalArgumentException e) {
            err.println(e.getMessage());
        }
        return BAD_INPUT;
    }

    private static SettingsBook settings(@Nullable String file) throws IOException {
        return file == null ? SettingsBook.defaults() : SettingsBook.read(Path.of(file));
    }

    private int replay(Path input, Replay replay, PrintStream out, PrintStream err) throws IOException {
        Map<String, Integer> raisedByType = new TreeMap<>();
        long index = 0;
        try (BufferedReader lines = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine(), index++) {
                if (line.isBlank()) {
                    continue;
                }
                for (Replay.Raised raised : replay.next(index, parse(input, index, line).toObservation(index))) {
                    out.println(json.writeValueAsString(AlertLine.of(raised)));
                    raisedByType.merge(raised.alert().type().id(), 1, Integer::sum);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(input + " line " + (index + 1) + ": " + e.getMessage(), e);
        }
        err.printf("%d records replayed, %d alerts %s%n", index,
                raisedByType.values().stream().mapToInt(Integer::intValue).sum(), raisedByType);
        return 0;
    }

    private HistoryRecord parse(Path input, long index, String line) {
        try {
            return json.readValue(line, HistoryRecord.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a history record: " + e.getOriginalMessage(), e);
        }
    }
}
