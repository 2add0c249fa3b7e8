package io.rostrum.ingest.importer.x;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reading the fields of archived tweets, which arrive as strings even when they hold numbers. */
final class Tweets {

    private static final DateTimeFormatter CREATED_AT =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);

    private Tweets() {
    }

    /** The field as text; absent, JSON null and blank all read as null. */
    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.asString();
        return text.isBlank() ? null : text;
    }

    /** A count such as {@code "favorite_count" : "12"}; absent means none. */
    static long count(JsonNode tweet, String field) {
        String value = text(tweet, field);
        if (value == null) {
            return 0;
        }
        try {
            long count = Long.parseLong(value.strip());
            if (count < 0) {
                throw new IllegalArgumentException(field + " is negative: " + value);
            }
            return count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + value + "' is not a whole number", e);
        }
    }

    /** {@code Wed Oct 10 20:19:24 +0000 2018}. */
    static Instant createdAt(String value) {
        try {
            return OffsetDateTime.parse(value, CREATED_AT).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "created_at '" + value + "' is not a date like 'Wed Oct 10 20:19:24 +0000 2018'", e);
        }
    }

    /**
     * The BCP 47 tag, or null for X's own markers: {@code und} (undetermined), {@code zxx} (no text) and the
     * private-use {@code q..} codes it gives media-only or hashtag-only tweets.
     */
    static @Nullable String language(JsonNode tweet) {
        String lang = text(tweet, "lang");
        if (lang == null || lang.equals("und") || lang.equals("zxx") || (lang.length() == 3 && lang.startsWith("q"))) {
            return null;
        }
        return lang;
    }
}
