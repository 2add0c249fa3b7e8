package io.rostrum.events;

/**
 * A Kafka topic with the types of its keys and values, so name and types cannot drift apart.
 *
 * @param typeToken the short name written in the type header instead of a Java class name
 * @param compacted true when only the latest value per key matters
 */
public record Topic<K, V>(String name, Class<K> keyType, Class<V> valueType, String typeToken, boolean compacted) {

    /** Suffix of the dead-letter topic that receives records a consumer of this topic could not process. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    /**
     * The name within a deployment's namespace: {@code prefix} is empty in production and unique per test run,
     * so tests sharing one broker never read each other's records.
     */
    public String name(String prefix) {
        return prefix + name;
    }

    public String deadLetterName(String prefix) {
        return name(prefix) + DEAD_LETTER_SUFFIX;
    }
}
