package io.rostrum.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyDaysTests {

    private static final LocalDate JULY_10 = LocalDate.parse("2026-07-10");

    @Test
    void sumsTheSevenDaysEndingOnTheDayAndNothingOutside() {
        ReplyDays days = new ReplyDays(Map.of(
                JULY_10.minusDays(7), sums(5.0, 5.0, 1, new SentimentCounts(1, 0, 0)),
                JULY_10.minusDays(6), sums(0.5, 1.0, 1, new SentimentCounts(1, 0, 0)),
                JULY_10, sums(-2.0, 4.0, 2, new SentimentCounts(0, 2, 0)),
                JULY_10.plusDays(1), sums(-9.0, 9.0, 1, new SentimentCounts(0, 1, 0))), ZoneOffset.UTC);

        Reputation reputation = days.reputationEndingOn(JULY_10);

        // (0.5 - 2.0) / (1 + 4) × 100
        assertThat(reputation.score()).isCloseTo(-30.0, within(1e-9));
        assertThat(reputation.from()).isEqualTo(LocalDate.parse("2026-07-04"));
        assertThat(reputation.to()).isEqualTo(JULY_10);
        assertThat(reputation.replies()).isEqualTo(3);
        assertThat(reputation.positive()).isEqualTo(1);
        assertThat(reputation.negative()).isEqualTo(2);
    }

    @Test
    void hasNoScoreWithoutWeight() {
        Reputation quiet = new ReplyDays(Map.of(JULY_10, sums(0, 0, 1, new SentimentCounts(0, 0, 1))),
                ZoneOffset.UTC).reputationEndingOn(JULY_10);

        assertThat(quiet.score()).isNull();
        assertThat(quiet.replies()).isEqualTo(1);
    }

    private static ReplySums sums(double weighted, double weights, long replies, SentimentCounts sentiment) {
        return new ReplySums(weighted, weights, replies, sentiment);
    }
}
