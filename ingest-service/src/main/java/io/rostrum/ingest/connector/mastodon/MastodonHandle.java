package io.rostrum.ingest.connector.mastodon;

import io.rostrum.ingest.connector.ConnectorException;
import io.rostrum.ingest.connector.WatchedAccount;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where an executive's account lives: {@code user@instance}, and the base URL of the instance's API. Only the
 * home instance is asked, because only it has the account's complete history and every reply it received.
 *
 * @param handle   {@code user@instance}, as the executive's author handle
 * @param username the part before the {@code @}, what the home instance's lookup expects
 * @param instance the instance's domain, to qualify the local accounts of repliers
 * @param base     scheme, host and port of the API
 */
record MastodonHandle(String handle, String username, String instance, URI base) {

    static MastodonHandle of(WatchedAccount account) {
        String handle = account.handle().strip();
        if (handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        int at = handle.indexOf('@');
        if (at <= 0 || at == handle.length() - 1 || handle.indexOf('@', at + 1) >= 0) {
            throw new ConnectorException("mastodon account " + account.key() + ": handle must read user@instance");
        }
        String username = handle.substring(0, at);
        String instance = handle.substring(at + 1).toLowerCase(Locale.ROOT);
        return new MastodonHandle(username + "@" + instance, username, instance, base(account, instance));
    }

    /** A local account's {@code acct} is its bare username; qualified so the handle means the same everywhere. */
    String qualify(String acct) {
        return acct.contains("@") ? acct : acct + "@" + instance;
    }

    /** The URL's origin when the registry gives one (a profile URL, or a test server), else the instance. */
    private static URI base(WatchedAccount account, String instance) {
        @Nullable String url = account.url();
        try {
            if (url == null || url.isBlank()) {
                return new URI("https", instance, null, null);
            }
            URI given = new URI(url.strip());
            if (given.getScheme() == null || given.getHost() == null) {
                throw new ConnectorException("mastodon account " + account.key() + ": url " + url
                        + " names no scheme and host");
            }
            return new URI(given.getScheme(), null, given.getHost(), given.getPort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new ConnectorException("mastodon account " + account.key() + ": bad url or instance: "
                    + e.getMessage(), e);
        }
    }
}
