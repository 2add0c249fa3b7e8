package io.rostrum.classify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ClassifyCommand command = new ClassifyCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void explainsOnePostWithProbabilitiesCuesAndModel() {
        int status = command.run(List.of("So proud of the team for this award! 🎉"));

        assertThat(status).isZero();
        assertThat(output()).contains("approaches:", "reciprocity:", "purpose:", "direction:", "cues:",
                "model:       maxent-");
    }

    @Test
    void readsTheTextAReplyAnswers() {
        int status = command.run(List.of("--reply-to", "When does the Leeds site reopen?", "Monday,", "after",
                "the", "safety", "checks."));

        assertThat(status).isZero();
        assertThat(output()).contains("replies to a question");
    }

    @Test
    void evaluatesALabelledFileEndingWithTheMacroF1Line(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("labelled.jsonl");
        Files.writeString(file, """
                {"text": "Join us and sign the pledge today #CleanRivers", "kind": "post", "in_reply_to_text": null, \
                "approach": "mobilizing", "reciprocity": "non-reciprocal"}
                {"text": "What should we build next? Tell me below.", "kind": "post", "in_reply_to_text": null, \
                "approach": "dialoguing", "reciprocity": "reciprocal"}
                """);

        int status = command.run(List.of("--evaluate", file.toString()));

        assertThat(status).isZero();
        assertThat(output()).contains("precision", "recall", "confusion matrix", "reciprocity accuracy:");
        assertThat(output().lines().reduce((first, second) -> second).orElseThrow()).matches("macro-F1: [01]\\.\\d{3}");
    }

    @Test
    void saysClearlyWhatIsWrongWithTheInput(@TempDir Path directory) throws Exception {
        Path broken = directory.resolve("broken.jsonl");
        Files.writeString(broken, "{\"text\": \"x\", \"kind\": \"post\"}\n");

        assertThat(command.run(List.of("--evaluate", directory.resolve("missing.jsonl").toString()))).isEqualTo(1);
        assertThat(command.run(List.of("--evaluate", broken.toString()))).isEqualTo(1);
        assertThat(command.run(List.of())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read", "missing.jsonl",
                "broken.jsonl line 1: approach is required", "nothing to classify", "usage:");
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
