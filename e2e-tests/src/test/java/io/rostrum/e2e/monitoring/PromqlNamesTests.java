package io.rostrum.e2e.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromqlNamesTests {

    @Test
    void findsTheMetricsOfAQuantileOverARateGroupedByLabels() {
        assertThat(PromqlNames.of("histogram_quantile(0.99, sum by (le, application) "
                + "(rate(rostrum_classify_latency_seconds_bucket{application=~\"$application\"}[$__rate_interval])))"))
                .containsExactly("rostrum_classify_latency_seconds_bucket");
    }

    @Test
    void findsEveryOperandAndRecordingRuleAndIgnoresKeywordsNumbersAndStrings() {
        assertThat(PromqlNames.of("(sum without (instance) (increase(rostrum_ingest_posts_total[1h])) or vector(0))"
                + " + on(application) group_left rostrum:ingest_records:rate5m > bool 0.5 unless up{job=\"a b\"} == 0"
                + " and max_over_time(rostrum_kafka_consumer_lag[15m] offset 5m) > 1e3"))
                .containsExactly("rostrum:ingest_records:rate5m", "rostrum_ingest_posts_total",
                        "rostrum_kafka_consumer_lag", "up");
    }

    @Test
    void readsLabelValuesAsValuesNotNames() {
        assertThat(PromqlNames.of("sum(rostrum_analytics_bulk_failures_total{reason=\"unreachable\",x='y'})"))
                .containsExactly("rostrum_analytics_bulk_failures_total");
    }
}
