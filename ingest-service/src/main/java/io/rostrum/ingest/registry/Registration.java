package io.rostrum.ingest.registry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An executive as a comms team declares one, in the registry file or through the API: still unvalidated, so
 * every field may be missing or wrong. {@link RegistrationValidator} turns it into an event or names the faults.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Registration(@Nullable String id, @Nullable String displayName, @Nullable String role,
                           @Nullable String organization, @Nullable List<AccountEntry> accounts) {

    /** One account: a platform id ({@code mastodon}, {@code bluesky}, {@code rss}, {@code x}, {@code linkedin}) and where. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AccountEntry(@Nullable String platform, @Nullable String handle, @Nullable String url) {
    }

    /** The file's shape: {@code executives:} followed by a list of registrations. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record File(@Nullable List<Registration> executives) {
    }
}
