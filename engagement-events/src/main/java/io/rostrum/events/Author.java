package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Who wrote a post, as the platform showed them when it was observed. The follower count is kept with
 * each observation because engagement rate and reputation weights depend on it at that time.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Author(String id, String handle, String displayName, @Nullable String profileText, long followers,
                     boolean executive) {

    public Author {
        Events.requiredText(id, "author.id");
        Events.requiredText(handle, "author.handle");
        Events.required(displayName, "author.displayName");
        Events.atMost(displayName, "author.displayName", TextLimits.NAME);
        Events.atMost(profileText, "author.profileText", TextLimits.PROFILE_TEXT);
        if (followers < 0) {
            throw new IllegalArgumentException("author.followers must not be negative, was " + followers);
        }
    }

    /**
     * The author as a platform shows them: a display name or profile longer than the contract carries is cut to
     * {@link TextLimits#NAME} or {@link TextLimits#PROFILE_TEXT}, since the platform decided its length.
     */
    public static Author of(String id, String handle, String displayName, @Nullable String profileText,
                            long followers, boolean executive) {
        return new Author(id, handle, TextLimits.cut(displayName, TextLimits.NAME),
                TextLimits.cutOptional(profileText, TextLimits.PROFILE_TEXT), followers, executive);
    }
}
