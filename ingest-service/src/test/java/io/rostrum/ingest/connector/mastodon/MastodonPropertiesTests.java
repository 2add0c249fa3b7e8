package io.rostrum.ingest.connector.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class MastodonPropertiesTests {

    @Test
    void defaultsToFullPagesAHalfYearOfHistoryAndAWeekOfReplies() {
        MastodonProperties settings = bind(Map.of());

        assertThat(settings).isEqualTo(new MastodonProperties(40, 12, Duration.ofDays(180), Duration.ofDays(7),
                Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofSeconds(30)));
    }

    @Test
    void refusesAPageLargerThanMastodonServes() {
        assertThatThrownBy(() -> bind(Map.of("rostrum.ingest.mastodon.page-size", "80")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("pageSize must lie in [1, 40]");
    }

    private static MastodonProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("rostrum.ingest.mastodon", MastodonProperties.class);
    }
}
