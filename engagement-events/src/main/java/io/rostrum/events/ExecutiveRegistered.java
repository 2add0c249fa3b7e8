package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An executive Rostrum follows, with the accounts to watch. The latest event per executive id is the truth
 * (the topic is compacted); a new registration of the same id replaces the old one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExecutiveRegistered(int schemaVersion, String eventId, Instant registeredAt, String executiveId,
                                  String displayName, String role, String organization,
                                  List<Account> accounts) {

    public ExecutiveRegistered {
        Events.requireSchemaVersion(schemaVersion);
        Events.requiredText(eventId, "eventId");
        Events.required(registeredAt, "registeredAt");
        Events.requiredText(executiveId, "executiveId");
        Events.requiredText(displayName, "displayName");
        Events.required(role, "role");
        Events.required(organization, "organization");
        Events.atMost(displayName, "displayName", TextLimits.NAME);
        Events.atMost(role, "role", TextLimits.NAME);
        Events.atMost(organization, "organization", TextLimits.NAME);
        accounts = List.copyOf(Events.required(accounts, "accounts"));
    }

    public static ExecutiveRegistered register(String executiveId, String displayName, String role,
                                               String organization, List<Account> accounts, Instant registeredAt) {
        return new ExecutiveRegistered(Events.SCHEMA_VERSION,
                Events.deterministicId(executiveId, registeredAt.toString()), registeredAt, executiveId, displayName,
                role, organization, accounts);
    }

    /** One of the executive's accounts on a platform. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Account(Platform platform, String handle, @Nullable String url) {

        public Account {
            Events.required(platform, "account.platform");
            Events.requiredText(handle, "account.handle");
        }
    }
}
