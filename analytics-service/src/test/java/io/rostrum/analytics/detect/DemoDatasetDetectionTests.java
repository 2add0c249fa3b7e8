package io.rostrum.analytics.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.events.AlertRaised;
import io.rostrum.events.AlertType;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled demo dataset, classified by the shipped models and replayed through the detectors with their
 * default settings: each planted pattern (ingest-service's demo README) raises its alert, and nothing else fires.
 */
class DemoDatasetDetectionTests {

    private static final Instant SHIFT_STARTS = Instant.parse("2026-08-15T00:00:00Z");
    private static final Instant LAYOFF_POST = Instant.parse("2026-09-15T06:45:00Z");

    private static List<PostClassified> history;
    private static List<AlertRaised> alerts;

    @BeforeAll
    static void replay() throws Exception {
        history = DemoHistory.classified();
        Replay replay = new Replay(new Detectors(SettingsBook.defaults()));
        alerts = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            replay.next(i, Observations.of(history.get(i))).forEach(raised -> alerts.add(raised.alert()));
        }
    }

    @Test
    void exactlyThePlantedPatternsRaiseAlerts() {
        assertThat(alerts).extracting(alert -> alert.executiveId() + " " + alert.type().id())
                .containsExactlyInAnyOrder("cfo-marcus-hale approach-shift", "cto-jonas-weber silence",
                        "founder-nadia-brandt sentiment-drop", "founder-nadia-brandt response-spike");
    }

    @Test
    void theCfoShiftTowardsObfuscatingIsCaughtWithinFifteenOfHisPosts() {
        AlertRaised shift = only(AlertType.APPROACH_SHIFT);
        long postsBeforeAlert = history.stream().map(PostClassified::post)
                .filter(post -> post.executiveId().equals("cfo-marcus-hale") && post.kind() == PostKind.EXECUTIVE_POST)
                .filter(post -> !post.createdAt().isBefore(SHIFT_STARTS) && !post.createdAt().isAfter(shift.raisedAt()))
                .count();
        assertThat(postsBeforeAlert).isBetween(1L, 15L);
        assertThat(shift.summary()).contains("towards obfuscating");
        assertThat(shift.figures().get("after.obfuscating") - shift.figures().get("before.obfuscating"))
                .isGreaterThan(0.3);
        assertThat(shift.figures().get("statistic")).isGreaterThanOrEqualTo(shift.figures().get("threshold"));
        assertThat(shift.evidencePostKeys()).hasSize(shift.figures().get("posts").intValue());
    }

    @Test
    void theCtoSilenceIsRaisedSevenDaysIntoIt() {
        AlertRaised silence = only(AlertType.SILENCE);
        assertThat(silence.raisedAt()).isEqualTo(Instant.parse("2026-06-28T20:29:44Z").plusSeconds(7 * 86_400));
        assertThat(history).filteredOn(post -> post.post().postKey().equals(silence.evidencePostKeys().get(0)))
                .singleElement().satisfies(post -> assertThat(post.post().createdAt())
                        .isEqualTo(Instant.parse("2026-06-28T20:29:44Z")));
    }

    @Test
    void theLayoffPostRaisesASpikeAndASentimentDropTheSameDay() {
        AlertRaised spike = only(AlertType.RESPONSE_SPIKE);
        String layoffPost = history.stream().map(PostClassified::post)
                .filter(post -> post.executiveId().equals("founder-nadia-brandt") && post.kind() == PostKind.EXECUTIVE_POST
                        && !post.createdAt().isBefore(LAYOFF_POST))
                .findFirst().orElseThrow().postKey();
        assertThat(spike.evidencePostKeys()).containsExactly(layoffPost);
        assertThat(spike.raisedAt()).isBetween(LAYOFF_POST, LAYOFF_POST.plusSeconds(86_400));
        assertThat(spike.figures().get("statistic")).isGreaterThan(3.5);

        AlertRaised drop = only(AlertType.SENTIMENT_DROP);
        assertThat(drop.raisedAt()).isBetween(LAYOFF_POST, LAYOFF_POST.plusSeconds(86_400));
        assertThat(drop.figures().get("observed")).isGreaterThan(drop.figures().get("baseline") * 2);
        assertThat(drop.evidencePostKeys()).isNotEmpty();
    }

    private static AlertRaised only(AlertType type) {
        return alerts.stream().filter(alert -> alert.type() == type).findFirst().orElseThrow();
    }
}
