package io.rostrum.infra.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File-tree housekeeping for the state directory. */
public final class Directories {

    private Directories() {
    }

    /** Deletes {@code path} and everything below it; a missing path is already deleted. */
    public static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path entry : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException e) {
            throw new StackException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }
}
