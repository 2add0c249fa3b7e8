package io.rostrum.analytics.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class IndexNamesTests {

    private final IndexNames names = new IndexNames("t.");

    @Test
    void putsAPostInTheIndexOfItsUtcMonth() {
        assertThat(names.posts(Instant.parse("2026-07-31T23:59:59Z"))).isEqualTo("t.rostrum-posts-2026.07");
        assertThat(names.posts(Instant.parse("2026-08-01T00:00:00Z"))).isEqualTo("t.rostrum-posts-2026.08");
        assertThat(names.postsPattern()).isEqualTo("t.rostrum-posts-*");
        assertThat(names.posts()).isEqualTo("t.rostrum-posts");
    }

    @Test
    void readsTheMonthBackOnlyFromItsOwnMonthIndices() {
        assertThat(names.monthOf("t.rostrum-posts-2026.07")).contains(YearMonth.of(2026, 7));
        assertThat(names.monthOf("t.rostrum-posts-backup")).isEmpty();
        assertThat(names.monthOf("other.rostrum-posts-2026.07")).isEmpty();
        assertThat(names.monthOf("t.rostrum-posts")).isEmpty();
    }
}
