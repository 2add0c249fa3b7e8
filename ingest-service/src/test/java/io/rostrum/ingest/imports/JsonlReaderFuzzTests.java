package io.rostrum.ingest.imports;

import static io.rostrum.support.fuzz.FuzzChecks.withinDeadline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.FuzzSamples;
import io.rostrum.support.fuzz.Cases;
import io.rostrum.support.fuzz.FuzzInput;
import io.rostrum.support.fuzz.FuzzInputs;
import io.rostrum.support.fuzz.FuzzProperty;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8: the JSON Lines reader behind the import API and the demo loader takes any bytes, random, cut short or
 * edited, and answers with a result that accounts for every line: taken, or rejected with its number and reason;
 * never an exception, never a hang. Observations and registrations alike, the two types it reads.
 */
class JsonlReaderFuzzTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<Class<?>, FuzzInput> SAMPLES = Map.of(
            PostObserved.class, FuzzSamples.demoPosts(9),
            ExecutiveRegistered.class, FuzzSamples.resource("/demo/executives.jsonl"));
    /** What each sample yields whole. */
    private static final Map<Class<?>, List<Object>> WHOLE = SAMPLES.entrySet().stream().collect(Collectors.toMap(
            Map.Entry::getKey, sample -> readWhole(sample.getKey(), sample.getValue())));

    /** Bytes for the reader of one type. */
    record Lines(Class<?> type, FuzzInput content) {

        @Override
        public String toString() {
            return type.getSimpleName() + " lines: " + content;
        }
    }

    @Test
    void randomBytesAreAccountedForLineByLine() {
        List<FuzzInput> samples = List.copyOf(SAMPLES.values());
        FuzzProperty.forAll(lines(type -> FuzzInputs.random(samples)),
                JsonlReaderFuzzTests::assertEveryLineAccountedFor);
    }

    @Test
    void aTruncatedFileYieldsTheRecordsBeforeTheCut() {
        Cases<Lines> truncated = Cases.concat(List.copyOf(SAMPLES.keySet()), type -> FuzzInputs
                .truncations(List.of(SAMPLES.get(type))).map(content -> new Lines(type, content)));
        FuzzProperty.forAll(truncated, lines -> {
            List<Object> whole = WHOLE.get(lines.type());

            List<Object> taken = assertEveryLineAccountedFor(lines).taken();

            assertThat(taken.size()).isLessThanOrEqualTo(whole.size());
            assertThat(taken).as("the records of the lines before the cut")
                    .isEqualTo(whole.subList(0, taken.size()));
        });
    }

    @Test
    void editedLinesAreAccountedForLineByLine() {
        FuzzProperty.forAll(lines(type -> FuzzInputs.mutations(List.of(SAMPLES.get(type)))),
                JsonlReaderFuzzTests::assertEveryLineAccountedFor);
    }

    private static Gen<Lines> lines(Function<Class<?>, Gen<FuzzInput>> contents) {
        return arbitrary().pick(List.copyOf(SAMPLES.keySet())).flatMap(type -> contents.apply(type)
                .map(content -> new Lines(type, content)));
    }

    private static Read assertEveryLineAccountedFor(Lines lines) throws Exception {
        Read read = read(lines);
        List<String> all = new BufferedReader(new StringReader(lines.content().text())).lines().toList();
        long nonBlank = all.stream().filter(line -> !line.isBlank()).count();
        assertThat(read.result().accepted() + read.result().rejected()).as("lines taken or rejected")
                .isEqualTo(nonBlank);
        assertThat(read.result().accepted()).isEqualTo(read.taken().size());
        assertThat(read.result().errors()).hasSize((int) Math.min(read.result().rejected(), 100))
                .allSatisfy(error -> {
                    assertThat(error.line()).isBetween(1L, (long) all.size());
                    assertThat(error.reason()).isNotBlank();
                });
        return read;
    }

    private record Read(ImportResult result, List<Object> taken) {
    }

    private static Read read(Lines lines) throws Exception {
        List<Object> taken = new ArrayList<>();
        ImportResult result = withinDeadline(() -> reader(lines.type()).read("fuzz.jsonl",
                new ByteArrayInputStream(lines.content().bytes()), taken::add));
        return new Read(result, taken);
    }

    private static List<Object> readWhole(Class<?> type, FuzzInput sample) {
        List<Object> taken = new ArrayList<>();
        reader(type).read(sample.origin(), new ByteArrayInputStream(sample.bytes()), taken::add);
        return taken;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JsonlReader<Object> reader(Class<?> type) {
        return new JsonlReader<>(JSON, (Class) type);
    }
}
