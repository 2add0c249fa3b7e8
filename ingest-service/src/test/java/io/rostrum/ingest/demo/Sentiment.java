package io.rostrum.ingest.demo;

import java.util.Locale;

/** How a stakeholder reply feels; hostile replies are the contemptuous tail of the negative ones. */
enum Sentiment {
    POSITIVE, NEUTRAL, NEGATIVE, HOSTILE;

    /** The key of the phrase lists for this sentiment. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
