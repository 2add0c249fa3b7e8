package io.rostrum.analytics.stream;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code rostrum.analytics.detectors}.
 *
 * @param settingsFile    per-executive detector settings (the {@code ./rostrum detect --settings} format); the
 *                        calibrated defaults when absent
 * @param clock           what SILENCE measures against: {@code wall} (live feeds), or {@code stream}, the newest
 *                        post time seen, for replayed history such as the demo, whose posts all lie in the past
 * @param checkEvery      how often the punctuator looks for silences and closes reply windows
 * @param rememberPosts   how long a post key is remembered, so a re-observation is not counted as a new post
 */
@ConfigurationProperties("rostrum.analytics.detectors")
public record DetectorProperties(@Nullable Path settingsFile, @DefaultValue("wall") Clock clock,
                                 @DefaultValue("60s") Duration checkEvery, @DefaultValue("30d") Duration rememberPosts) {

    public enum Clock {
        WALL, STREAM
    }
}
