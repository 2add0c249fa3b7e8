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
        if (followers < 0) {
            throw new IllegalArgumentException("author.followers must not be negative, was " + followers);
        }
    }
}
