package io.rostrum.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.events.PostObserved;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonlReaderTests {

    private static final String VALID = """
            {"schemaVersion":1,"eventId":"e1","postKey":"mastodon:1","executiveId":"ceo-a","platform":"mastodon",\
            "nativeId":"1","kind":"executive-post","author":{"id":"a","handle":"ceo@x.example","displayName":"A",\
            "followers":10,"executive":true},"createdAt":"2026-05-01T10:00:00Z","text":"Results are out.",\
            "metrics":{"replies":0,"reposts":0,"likes":1,"quotes":0,"observedAt":"2026-05-01T12:00:00Z"}}""";

    private final JsonlReader<PostObserved> reader = new JsonlReader<>(JsonMapper.builder().build(), PostObserved.class);

    @Test
    void takesEveryValidLineAndReportsEachBrokenOneByLineNumber() {
        String file = String.join("\n", VALID, "{not json", "", VALID.replace("\"mastodon:1\"", "\"bluesky:1\""),
                VALID.replace("\"platform\":\"mastodon\"", "\"platform\":\"myspace\""), VALID.replace(":1\"", ":2\"")
                        .replace("\"nativeId\":\"1\"", "\"nativeId\":\"2\""));
        List<PostObserved> taken = new ArrayList<>();

        ImportResult result = reader.read("test.jsonl", input(file), taken::add);

        assertThat(taken).extracting(PostObserved::postKey).containsExactly("mastodon:1", "mastodon:2");
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(3);
        assertThat(result.errors()).extracting(LineError::line).containsExactly(2L, 4L, 5L);
        assertThat(result.errors().get(1).reason()).contains("postKey must be mastodon:1");
        assertThat(result.errors().get(2).reason()).contains("\"myspace\": not one of the values accepted");
    }

    @Test
    void anEmptyFileYieldsNothingAndNoErrors() {
        ImportResult result = reader.read("empty.jsonl", input(""), post -> { });

        assertThat(result.accepted()).isZero();
        assertThat(result.errors()).isEmpty();
    }

    private static ByteArrayInputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
