package io.rostrum.infra.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Free-space checks, so a full disk is reported plainly before a server fails obscurely. */
final class Disk {

    static final long KAFKA_MINIMUM = 512L << 20;
    static final long ELASTICSEARCH_MINIMUM = 2L << 30;

    private Disk() {
    }

    static void requireFree(Path directory, long minimumBytes, String what) {
        try {
            Files.createDirectories(directory);
            long usable = Files.getFileStore(directory).getUsableSpace();
            if (usable < minimumBytes) {
                throw new StackException(what + " needs at least " + (minimumBytes >> 20) + " MB free under "
                        + directory + " but only " + (usable >> 20) + " MB are (free some space or `./rostrum reset`)");
            }
        } catch (IOException e) {
            throw new StackException("cannot use " + directory + " for " + what + ": " + e.getMessage(), e);
        }
    }
}
