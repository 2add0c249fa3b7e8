package io.rostrum.ingest.registry;

import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.events.Platform;
import io.rostrum.events.TextLimits;
import io.rostrum.support.outbound.OutboundPolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks registrations and turns them into {@link ExecutiveRegistered} events. Every fault is reported with the
 * path of its field, all at once, so a comms team can fix a file in one go. The addresses Rostrum will request
 * (a feed, a Mastodon instance) must pass the outbound policy.
 */
public final class RegistrationValidator {

    static final Pattern EXECUTIVE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,99}");
    private static final Map<Platform, Pattern> HANDLES = Map.of(
            // user@instance, as Mastodon shows an account to other servers
            Platform.MASTODON, Pattern.compile("@?[A-Za-z0-9_]{1,30}@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"),
            // a domain handle, or a DID
            Platform.BLUESKY, Pattern.compile("([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}|did:(plc|web):[A-Za-z0-9.:%-]+"),
            Platform.X, Pattern.compile("@?[A-Za-z0-9_]{1,15}"),
            Platform.LINKEDIN, Pattern.compile("[A-Za-z0-9-]{3,100}"));
    private static final Set<Platform> NEEDS_URL = Set.of(Platform.RSS);
    /** Where the account's URL is what the connector requests: the feed, the instance's API. */
    private static final Set<Platform> REQUESTS_URL = Set.of(Platform.RSS, Platform.MASTODON);
    private static final String PLATFORMS = Arrays.stream(Platform.values()).filter(p -> p != Platform.JSONL)
            .map(Platform::id).collect(Collectors.joining(", "));

    private final OutboundPolicy outbound;

    public RegistrationValidator(OutboundPolicy outbound) {
        this.outbound = outbound;
    }

    /** Validates one registration, as the API receives it. */
    public ExecutiveRegistered validate(Registration registration, Instant registeredAt) {
        List<FieldError> errors = new ArrayList<>();
        ExecutiveRegistered executive = check(registration, "", errors, registeredAt);
        if (!errors.isEmpty() || executive == null) {
            throw new InvalidRegistrationException(errors);
        }
        return executive;
    }

    /** Validates a whole registry file: each entry, and that no id appears twice. */
    public List<ExecutiveRegistered> validateAll(List<Registration> registrations, Instant registeredAt) {
        List<FieldError> errors = new ArrayList<>();
        List<ExecutiveRegistered> executives = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < registrations.size(); i++) {
            String path = "executives[" + i + "].";
            Registration registration = registrations.get(i);
            if (registration == null) {
                errors.add(new FieldError("executives[" + i + "]", "is empty"));
                continue;
            }
            if (registration.id() != null && !ids.add(registration.id())) {
                errors.add(new FieldError(path + "id", "duplicate id '" + registration.id() + "'"));
            }
            ExecutiveRegistered executive = check(registration, path, errors, registeredAt);
            if (executive != null) {
                executives.add(executive);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRegistrationException(errors);
        }
        return executives;
    }

    private @Nullable ExecutiveRegistered check(Registration registration, String path, List<FieldError> errors,
                                                       Instant registeredAt) {
        int before = errors.size();
        String id = registration.id();
        if (id == null || !EXECUTIVE_ID.matcher(id).matches()) {
            errors.add(new FieldError(path + "id", "must be 2 to 100 lower-case letters, digits or dashes, was "
                    + quoted(id)));
        }
        if (blank(registration.displayName())) {
            errors.add(new FieldError(path + "displayName", "is required"));
        }
        atMostAName(path + "displayName", registration.displayName(), errors);
        atMostAName(path + "role", registration.role(), errors);
        atMostAName(path + "organization", registration.organization(), errors);
        List<Registration.AccountEntry> entries = registration.accounts() == null ? List.of() : registration.accounts();
        if (entries.isEmpty()) {
            errors.add(new FieldError(path + "accounts", "needs at least one account"));
        }
        List<ExecutiveRegistered.Account> accounts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ExecutiveRegistered.Account account = checkAccount(entries.get(i), path + "accounts[" + i + "].", errors);
            if (account != null) {
                accounts.add(account);
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return ExecutiveRegistered.register(id, registration.displayName().strip(),
                registration.role() == null ? "" : registration.role().strip(),
                registration.organization() == null ? "" : registration.organization().strip(), accounts, registeredAt);
    }

    private ExecutiveRegistered.@Nullable Account checkAccount(Registration.@Nullable AccountEntry entry,
                                                                      String path, List<FieldError> errors) {
        if (entry == null) {
            errors.add(new FieldError(path.substring(0, path.length() - 1), "is empty"));
            return null;
        }
        Platform platform = platform(entry.platform());
        if (platform == null) {
            errors.add(new FieldError(path + "platform", "unknown platform " + quoted(entry.platform())
                    + " (expected one of: " + PLATFORMS + ")"));
            return null;
        }
        String url = entry.url();
        if (url != null && !isWebUrl(url)) {
            errors.add(new FieldError(path + "url", "must be an absolute http(s) URL, was " + quoted(url)));
            return null;
        }
        if (url != null && REQUESTS_URL.contains(platform)) {
            Optional<String> refusal = outbound.refusal(URI.create(url.strip()));
            if (refusal.isPresent()) {
                errors.add(new FieldError(path + "url", quoted(url) + " is refused: " + refusal.get()));
                return null;
            }
        }
        if (NEEDS_URL.contains(platform)) {
            if (url == null) {
                errors.add(new FieldError(path + "url", "is required for " + platform.id() + " (the feed's address)"));
                return null;
            }
            return new ExecutiveRegistered.Account(platform, blank(entry.handle()) ? url : entry.handle().strip(), url);
        }
        String handle = entry.handle();
        if (handle == null || !HANDLES.get(platform).matcher(handle.strip()).matches()) {
            errors.add(new FieldError(path + "handle", "is not a " + platform.id() + " handle: " + quoted(handle)));
            return null;
        }
        if (platform == Platform.MASTODON && url == null) {
            String instance = handle.strip().substring(handle.strip().lastIndexOf('@') + 1);
            Optional<String> refusal = outbound.refusal(URI.create("https://" + instance));
            if (refusal.isPresent()) {
                errors.add(new FieldError(path + "handle", "instance " + quoted(instance) + " is refused: "
                        + refusal.get()));
                return null;
            }
        }
        return new ExecutiveRegistered.Account(platform, handle.strip().replaceFirst("^@", ""), url);
    }

    private static void atMostAName(String field, @Nullable String value, List<FieldError> errors) {
        TextLimits.excess(value == null ? null : value.strip(), TextLimits.NAME)
                .ifPresent(excess -> errors.add(new FieldError(field, excess)));
    }

    private static @Nullable Platform platform(@Nullable String id) {
        if (id == null) {
            return null;
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Platform.values()).filter(p -> p != Platform.JSONL && p.id().equals(wanted))
                .findFirst().orElse(null);
    }

    private static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value.strip());
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static String quoted(@Nullable String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }
}
