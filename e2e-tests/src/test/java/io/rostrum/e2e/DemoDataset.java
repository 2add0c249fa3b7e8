package io.rostrum.e2e;

import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.json.JsonMapper;

/** What the bundled demo dataset holds, counted straight from its files: the expected side of every assertion. */
public record DemoDataset(List<ExecutiveRegistered> executives, long posts, Map<String, Map<PostKind, Long>> byExecutive) {

    public static DemoDataset load(Path home) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Path demo = home.resolve("ingest-service/src/main/resources/demo");
        List<ExecutiveRegistered> executives = Files.readAllLines(demo.resolve("executives.jsonl")).stream()
                .filter(line -> !line.isBlank()).map(line -> json.readValue(line, ExecutiveRegistered.class)).toList();
        Map<String, Map<PostKind, Long>> byExecutive = new HashMap<>();
        long posts = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(demo.resolve("posts.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                PostObserved post = json.readValue(line, PostObserved.class);
                byExecutive.computeIfAbsent(post.executiveId(), id -> new EnumMap<>(PostKind.class))
                        .merge(post.kind(), 1L, Long::sum);
                posts++;
            }
        }
        return new DemoDataset(executives, posts, byExecutive);
    }

    public long count(String executiveId, PostKind kind) {
        return byExecutive.getOrDefault(executiveId, Map.of()).getOrDefault(kind, 0L);
    }
}
