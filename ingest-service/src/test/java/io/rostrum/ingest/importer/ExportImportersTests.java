package io.rostrum.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rostrum.events.PostObserved;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ExportImportersTests {

    private final ExportImporters importers = ExportImporters.standard(JsonMapper.builder().build(),
            Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void listsTheFormatsItCanRead() {
        assertThat(importers.formats()).containsExactly("x-archive", "linkedin", "rss", "jsonl");
        assertThat(importers.get("linkedin").format()).isEqualTo("linkedin");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheKnownOnes() {
        assertThat(importers.find("myspace")).isEmpty();
        assertThatThrownBy(() -> importers.get("myspace"))
                .isInstanceOf(ImportException.class)
                .hasMessage("no importer for format 'myspace'; expected one of x-archive, linkedin, rss, jsonl");
    }

    @Test
    void twoImportersOfOneFormatAreRefused() {
        ExportImporter twin = new ExportImporter() {
            @Override
            public String format() {
                return "jsonl";
            }

            @Override
            public ImportSummary read(Path path, String executiveId, Consumer<PostObserved> sink) {
                throw new UnsupportedOperationException();
            }
        };

        assertThatThrownBy(() -> new ExportImporters(List.of(twin, twin)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two importers for format jsonl");
    }
}
