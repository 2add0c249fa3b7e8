package io.rostrum.analytics.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemVerdictTests {

    @Test
    void countsAVersionConflictAsDoneSinceANewerObservationWon() {
        assertThat(ItemVerdict.of(409, true)).isEqualTo(ItemVerdict.DONE);
        assertThat(ItemVerdict.of(201, false)).isEqualTo(ItemVerdict.DONE);
        assertThat(ItemVerdict.of(404, false)).as("deleting a missing document").isEqualTo(ItemVerdict.DONE);
    }

    @Test
    void retriesWhenElasticsearchIsBusyOrFailing() {
        assertThat(ItemVerdict.of(429, true)).isEqualTo(ItemVerdict.RETRY);
        assertThat(ItemVerdict.of(500, true)).isEqualTo(ItemVerdict.RETRY);
        assertThat(ItemVerdict.of(503, true)).isEqualTo(ItemVerdict.RETRY);
    }

    @Test
    void refusesForGoodWhatWouldFailTheSameWayAgain() {
        assertThat(ItemVerdict.of(400, true)).isEqualTo(ItemVerdict.REFUSED);
        assertThat(ItemVerdict.of(404, true)).as("an index that cannot be created").isEqualTo(ItemVerdict.REFUSED);
    }
}
