package io.rostrum.analytics.index;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Index names within this deployment's prefix. Posts live in one index per month of their creation (UTC), all
 * behind the read alias {@link #posts()}, so retention can drop a whole month by name.
 */
public record IndexNames(String prefix) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu.MM");

    /** The read alias over every month index of posts; what all queries read. */
    public String posts() {
        return prefix + "rostrum-posts";
    }

    /** The concrete index a post created at {@code createdAt} is written to. */
    public String posts(Instant createdAt) {
        return posts(YearMonth.from(createdAt.atOffset(ZoneOffset.UTC)));
    }

    public String posts(YearMonth month) {
        return posts() + "-" + MONTH.format(month);
    }

    /** The pattern of the month indices, for their index template. */
    public String postsPattern() {
        return posts() + "-*";
    }

    /** The month a post index holds, or empty for a name that is not one of this deployment's month indices. */
    public Optional<YearMonth> monthOf(String index) {
        String monthIndexPrefix = posts() + "-";
        if (!index.startsWith(monthIndexPrefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(index.substring(monthIndexPrefix.length()), MONTH));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public String executives() {
        return prefix + "rostrum-executives";
    }

    public String alerts() {
        return prefix + "rostrum-alerts";
    }
}
