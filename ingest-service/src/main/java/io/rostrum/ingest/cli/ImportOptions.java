package io.rostrum.ingest.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code ./rostrum import} was asked: {@code --executive ID --format F PATH [--dry-run]}.
 */
record ImportOptions(String executiveId, String format, Path path, boolean dryRun) {

    static final String USAGE = "usage: ./rostrum import --executive ID --format x-archive|linkedin|rss|jsonl PATH"
            + " [--dry-run]";

    static ImportOptions parse(List<String> args) {
        String executive = null;
        String format = null;
        Path path = null;
        boolean dryRun = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--executive" -> executive = value(args, ++i, arg);
                case "--format" -> format = value(args, ++i, arg);
                case "--dry-run" -> dryRun = true;
                default -> {
                    if (arg.startsWith("--") || path != null) {
                        throw new IllegalArgumentException("unexpected argument '" + arg + "'\n" + USAGE);
                    }
                    path = Path.of(arg);
                }
            }
        }
        if (executive == null || format == null || path == null) {
            throw new IllegalArgumentException(USAGE);
        }
        return new ImportOptions(executive, format, path, dryRun);
    }

    private static String value(List<String> args, int index, String flag) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
        }
        return args.get(index);
    }
}
