package io.rostrum.analytics.query;

import java.util.Map;

/** Stakeholder replies by the group their author was put in, out of all {@code replies}. */
public record StakeholderMix(long replies, Map<String, Long> byGroup) {

    public StakeholderMix {
        byGroup = Map.copyOf(byGroup);
    }
}
