package io.rostrum.dashboard.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.rostrum.events.Approach;
import io.rostrum.events.Cue;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The part of an indexed post the dashboard shows. Its text is untrusted and only ever rendered escaped. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostView(String postKey, String executiveId, Platform platform, PostKind kind, Instant createdAt,
                       String text, @Nullable String url, MetricSnapshot metrics, List<Approach> approaches,
                       Map<String, Double> probabilities, List<Cue> cues) {

    public PostView {
        probabilities = probabilities == null ? Map.of() : Map.copyOf(probabilities);
        cues = cues == null ? List.of() : List.copyOf(cues);
        approaches = approaches == null ? List.of() : List.copyOf(approaches);
    }

    /** Only web links are followed; anything else a platform sent (javascript:, data:) is not a link. */
    public @Nullable String webUrl() {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    public double probability(Approach approach) {
        return probabilities.getOrDefault(approach.id(), 0.0);
    }

    /** The cues that pushed towards one of the post's approaches, strongest first. */
    public List<Cue> approachCues() {
        List<String> labels = approaches.stream().map(Approach::id).toList();
        return cues.stream().filter(cue -> labels.contains(cue.label()) && cue.weight() > 0)
                .sorted((a, b) -> Double.compare(b.weight(), a.weight())).limit(4).toList();
    }
}
