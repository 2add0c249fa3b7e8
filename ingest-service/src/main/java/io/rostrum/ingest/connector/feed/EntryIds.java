package io.rostrum.ingest.connector.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Derives an entry's native id from its RSS guid or Atom id (ROME exposes both as the entry's URI; an RSS item
 * without guid gets its link there), or from its link. Ids are arbitrary strings of any length, so they are
 * hashed into 32 hex digits, safe in a post key. An id that is not a URI ({@code post-418}) is only unique
 * within its feed, so it is scoped by the feed's site link first: two blogs may both have a {@code post-418}.
 */
final class EntryIds {

    private static final Pattern ABSOLUTE_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
    private static final int HEX_DIGITS = 32;

    private EntryIds() {
    }

    /** Empty when the entry has neither guid, id nor link, so nothing identifies it across polls. */
    static Optional<String> nativeId(SyndFeed feed, SyndEntry entry, String fallbackScope) {
        return firstNonBlank(entry.getUri(), entry.getLink()).map(id -> ABSOLUTE_URI.matcher(id).matches()
                ? id : firstNonBlank(feed.getLink(), feed.getUri()).orElse(fallbackScope) + " " + id)
                .map(id -> Sha256.hex(id.getBytes(StandardCharsets.UTF_8)).substring(0, HEX_DIGITS));
    }

    private static Optional<String> firstNonBlank(@Nullable String... values) {
        return Stream.of(values).filter(value -> value != null && !value.isBlank()).map(String::strip).findFirst();
    }
}
