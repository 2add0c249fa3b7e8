package io.rostrum.events;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The longest free text the contract carries, in characters (Unicode code points: an emoji counts once, as the
 * platforms count it). Events refuse anything longer, so an import or an API call names the field it exceeds;
 * readers of a platform's own data cut to the limit instead ({@link #cut}), since the platform, not the caller,
 * decided the length, and refusing would lose a real post. Decision 0018 explains the numbers.
 */
public final class TextLimits {

    /**
     * A post's or reply's text: X Premium's 25,000 characters, the longest post of any platform Rostrum reads
     * (LinkedIn allows 3,000, Bluesky 300, Mastodon 500 unless an instance raises it, commonly to a few thousand).
     * Only a feed's full articles and unusual instances go beyond it; their first 25,000 characters are kept.
     */
    public static final int POST_TEXT = 25_000;

    /** An author's profile text: LinkedIn's About section allows 2,600, Mastodon 500, Bluesky 256. */
    public static final int PROFILE_TEXT = 5_000;

    /** A display name, a role, an organization: platforms allow 30 (Mastodon) to 64 (Bluesky) for a name. */
    public static final int NAME = 500;

    private TextLimits() {
    }

    /**
     * Why {@code value} is too long, as the rest of a sentence that starts with the field's name ("is 25,013
     * characters long; at most 25,000 are accepted"); empty when it fits or is absent.
     */
    public static Optional<String> excess(@Nullable String value, int limit) {
        if (value == null || value.length() <= limit) {
            return Optional.empty();
        }
        int length = value.codePointCount(0, value.length());
        return length <= limit ? Optional.empty() : Optional.of(String.format(Locale.ROOT,
                "is %,d characters long; at most %,d are accepted", length, limit));
    }

    /** The first {@code limit} characters of {@code value}, never splitting a character. */
    public static String cut(String value, int limit) {
        if (value.length() <= limit || value.codePointCount(0, value.length()) <= limit) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, limit));
    }

    /** {@link #cut} for an optional text. */
    public static @Nullable String cutOptional(@Nullable String value, int limit) {
        return value == null ? null : cut(value, limit);
    }
}
