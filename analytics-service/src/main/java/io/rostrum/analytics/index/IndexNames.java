package io.rostrum.analytics.index;

/** Index names within this deployment's prefix. */
public record IndexNames(String prefix) {

    public String posts() {
        return prefix + "rostrum-posts";
    }

    public String executives() {
        return prefix + "rostrum-executives";
    }

    public String alerts() {
        return prefix + "rostrum-alerts";
    }
}
