package io.rostrum.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DetectCommandTests {

    private static final Instant START = Instant.parse("2026-02-02T09:00:00Z");

    private final JsonMapper json = JsonMapper.builder().build();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path directory;

    @Test
    void printsTheShiftWithTheIndexOfTheRecordThatRaisedItAndTheRecordsBehindIt() throws Exception {
        Path history = write("history.jsonl", history(40, 20));

        assertThat(run("--input", history.toString())).isZero();

        List<JsonNode> alerts = alerts();
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.get("type").asString()).isEqualTo("approach-shift");
            assertThat(alert.get("executiveId").asString()).isEqualTo("cfo-x");
            assertThat(alert.get("index").asLong()).isBetween(41L, 50L);
            assertThat(Instant.parse(alert.get("at").asString()))
                    .isEqualTo(START.plus(Duration.ofDays(alert.get("index").asLong())));
            assertThat(alert.get("evidence").get("figures").get("after.obfuscating").asDouble()).isGreaterThan(0.5);
            assertThat(alert.get("evidence").get("records").get(0).asLong()).isGreaterThanOrEqualTo(40);
        });
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("60 records replayed, 1 alerts");
    }

    @Test
    void aSettingsFileChangesTheThresholdForOneExecutive() throws Exception {
        Path history = write("history.jsonl", history(40, 20));
        Path settings = write("settings.json", List.of(
                "{\"executives\": {\"cfo-x\": {\"approachShift\": {\"threshold\": 1000.0}}}}"));

        assertThat(run("--input", history.toString(), "--settings", settings.toString())).isZero();

        assertThat(alerts()).isEmpty();
    }

    @Test
    void aBadLineIsNamedWithItsNumberAndTheFault() throws Exception {
        List<String> lines = new ArrayList<>(history(4, 0));
        lines.add("{\"executiveId\": \"cfo-x\", \"createdAt\": \"2026-03-01T00:00:00Z\", \"kind\": \"post\", "
                + "\"approach\": \"shouting\"}");

        assertThat(run("--input", write("bad.jsonl", lines).toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 5").contains("shouting")
                .contains("celebrating");
    }

    @Test
    void anUnknownSettingIsRefusedByName() throws Exception {
        Path settings = write("settings.json", List.of("{\"defaults\": {\"silence\": {\"minimun\": \"P3D\"}}}"));

        assertThat(run("--input", write("h.jsonl", history(4, 0)).toString(), "--settings", settings.toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown detector setting 'minimun'");
    }

    @Test
    void withoutInputItPrintsUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: ./rostrum detect --input");
    }

    /** Daily posts: {@code informing} informing ones, then {@code obfuscating} obfuscating ones. */
    private static List<String> history(int informing, int obfuscating) {
        List<String> lines = new ArrayList<>();
        for (int day = 0; day < informing + obfuscating; day++) {
            lines.add(String.format("{\"executiveId\": \"cfo-x\", \"createdAt\": \"%s\", \"kind\": \"post\", "
                    + "\"approach\": \"%s\"}", START.plus(Duration.ofDays(day)),
                    day < informing ? "informing" : "obfuscating"));
        }
        return lines;
    }

    private int run(String... args) {
        return new DetectCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> alerts() {
        return out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
    }

    private Path write(String name, List<String> lines) throws Exception {
        return Files.write(directory.resolve(name), lines);
    }
}
