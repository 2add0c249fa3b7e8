package io.rostrum.classify.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rostrum.events.Approach;
import io.rostrum.events.Reciprocity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledExamplesTests {

    @Test
    void readsTheEvaluationFormatIgnoringOtherFields() throws Exception {
        List<LabelledPost> posts = read("""
                {"text": "Happy to explain: the plant reopens Monday.", "kind": "reply", "in_reply_to_text": "When?", \
                "approach": "dialoguing", "reciprocity": "reciprocal", "annotator": "jk"}

                {"text": "Results are out.", "kind": "post", "in_reply_to_text": null, "approach": "informing", \
                "reciprocity": "non-reciprocal"}
                """);

        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).input().reply()).isTrue();
        assertThat(posts.get(0).input().inReplyToText()).isEqualTo("When?");
        assertThat(posts.get(0).approach()).isEqualTo(Approach.DIALOGUING);
        assertThat(posts.get(1).reciprocity()).isEqualTo(Reciprocity.NON_RECIPROCAL);
    }

    @Test
    void namesTheLineAndTheFaultOfABadRecord() {
        assertThatThrownBy(() -> read("""
                {"text": "fine", "kind": "post", "approach": "informing", "reciprocity": "non-reciprocal"}
                {"text": "fine", "kind": "post", "approach": "boasting", "reciprocity": "non-reciprocal"}
                """)).hasMessageContaining("test line 2").hasMessageContaining("boasting");
        assertThatThrownBy(() -> read("{\"text\": \"x\", \"kind\": \"tweet\", \"approach\": \"informing\","
                + " \"reciprocity\": \"reciprocal\"}")).hasMessageContaining("line 1: kind must be post or reply");
        assertThatThrownBy(() -> read("{\"text\": ")).hasMessageContaining("test line 1");
    }

    private static List<LabelledPost> read(String lines) throws Exception {
        return LabelledExamples.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "test",
                LabelledPost.class);
    }
}
