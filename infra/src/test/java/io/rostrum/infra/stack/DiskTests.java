package io.rostrum.infra.stack;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskTests {

    @Test
    void refusesToStartWithoutEnoughFreeSpaceSayingHowMuchThereIs(@TempDir Path directory) {
        assertThatThrownBy(() -> Disk.requireFree(directory, Long.MAX_VALUE, "Elasticsearch"))
                .isInstanceOf(StackException.class)
                .hasMessageStartingWith("Elasticsearch needs at least ")
                .hasMessageContaining("MB free under " + directory + " but only ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void acceptsADirectoryWithRoom(@TempDir Path directory) {
        assertThatCode(() -> Disk.requireFree(directory, 1, "Kafka")).doesNotThrowAnyException();
    }
}
