package io.rostrum.classify.reply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.rostrum.events.ReplyScore;
import io.rostrum.events.StakeholderGroup;
import io.rostrum.events.Stance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reply scoring against the hand-labelled reply sample ({@code corpus/replies.jsonl}): the agreement figures the
 * README reports, each held to a floor so a regression fails the build.
 */
class ReplySampleAgreementTests {

    private static final ReplyScorer SCORER = new ReplyScorer();
    private static List<LabelledReply> sample;
    private static List<ReplyScore> scores;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LabelledReply(String text, @JsonProperty("author_profile") String authorProfile,
                         @JsonProperty("stakeholder_group") StakeholderGroup group, String sentiment, Stance stance) {
    }

    @BeforeAll
    static void scoreTheSample() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        sample = Files.readAllLines(Path.of("corpus/replies.jsonl")).stream().filter(line -> !line.isBlank())
                .map(line -> json.readValue(line, LabelledReply.class)).toList();
        scores = sample.stream().map(reply -> SCORER.score(reply.text(), reply.authorProfile())).toList();
    }

    @Test
    void vaderPolarityAgreesWithTheHandLabels() {
        assertThat(agreement(i -> ReplyScorer.polarity(scores.get(i).sentiment()).equals(sample.get(i).sentiment())))
                .isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void stanceAgreesWithTheHandLabels() {
        assertThat(agreement(i -> scores.get(i).stance() == sample.get(i).stance())).isGreaterThanOrEqualTo(0.60);
    }

    @Test
    void theStakeholderGroupAgreesWithTheHandLabels() {
        assertThat(agreement(i -> scores.get(i).stakeholderGroup() == sample.get(i).group()))
                .isGreaterThanOrEqualTo(0.70);
    }

    private static double agreement(java.util.function.IntPredicate agrees) {
        assertThat(sample).hasSizeGreaterThanOrEqualTo(25);
        long agreeing = java.util.stream.IntStream.range(0, sample.size()).filter(agrees).count();
        return (double) agreeing / sample.size();
    }
}
