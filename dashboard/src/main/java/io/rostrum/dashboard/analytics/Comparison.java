package io.rostrum.dashboard.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Executives side by side over one window, in the order asked for. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Comparison(List<Member> executives) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String executiveId, Figures total, List<MetricsReport.Bucket> buckets) {
    }
}
