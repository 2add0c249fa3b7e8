package io.rostrum.dashboard.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.rostrum.events.Approach;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The part of an indexed post the dashboard shows. Its text is untrusted and only ever rendered escaped. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostView(String postKey, Platform platform, PostKind kind, Instant createdAt, String text,
                       @Nullable String url, MetricSnapshot metrics, List<Approach> approaches) {
}
