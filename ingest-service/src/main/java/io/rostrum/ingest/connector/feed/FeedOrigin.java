package io.rostrum.ingest.connector.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where a feed came from, as far as its posts need to know.
 *
 * @param handle        the executive's handle on the feed platform: the host the feed is published on
 * @param fallbackScope what scopes entry ids that are not URIs when the feed names neither its site nor its id
 */
public record FeedOrigin(String handle, String fallbackScope) {

    /** A polled feed: the account's handle unless it is the feed URL itself, in which case the URL's host. */
    public static FeedOrigin polled(String feedUrl, String accountHandle) {
        String handle = accountHandle.contains("://") ? host(feedUrl).orElse(feedUrl) : accountHandle;
        return new FeedOrigin(handle, feedUrl);
    }

    /** A saved feed file: the host of the site or id the feed names, else the file's name. */
    public static FeedOrigin savedFile(SyndFeed feed, Path file) {
        String fileName = String.valueOf(file.getFileName());
        String handle = Stream.of(feed.getLink(), feed.getUri()).map(FeedOrigin::host).flatMap(Optional::stream)
                .findFirst().orElse(fileName);
        return new FeedOrigin(handle, fileName);
    }

    private static Optional<String> host(@Nullable String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost()).map(host -> host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }
}
