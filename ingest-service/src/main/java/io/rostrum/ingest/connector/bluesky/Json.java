package io.rostrum.ingest.connector.bluesky;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Field access on lexicon objects: required fields fail with a PayloadException, optional ones come back null. */
final class Json {

    private Json() {
    }

    static String text(JsonNode node, String field) {
        String value = optionalText(node, field);
        if (value == null || value.isBlank()) {
            throw new PayloadException("missing " + field);
        }
        return value;
    }

    static @Nullable String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new PayloadException("missing " + field);
        }
        return value;
    }

    /** A counter; absent or negative counts as zero (the AppView omits counters it has not computed). */
    static long count(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isIntegralNumber() ? Math.max(0, value.asLong()) : 0;
    }

    static Instant instant(JsonNode node, String field) {
        Instant value = optionalInstant(node, field);
        if (value == null) {
            throw new PayloadException("missing or invalid " + field);
        }
        return value;
    }

    /** Null when absent or unparseable: record fields such as createdAt are written by clients, not validated. */
    static @Nullable Instant optionalInstant(JsonNode node, String field) {
        String value = optionalText(node, field);
        if (value == null) {
            return null;
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value, Instant::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static @Nullable String type(JsonNode node) {
        return optionalText(node, "$type");
    }
}
