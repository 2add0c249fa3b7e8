package io.rostrum.ingest.connector.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import io.rostrum.events.Author;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.connector.HtmlText;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Maps the entries of one feed to observations of the executive's posts, the same way for the connector and the
 * file importer. Each entry is an {@link PostKind#EXECUTIVE_POST}: a feed is the executive's own publication and
 * has no replies or reposts. Feeds publish no engagement counters and no follower counts, so metrics and
 * followers are zero.
 */
public final class FeedPosts {

    private static final Pattern WEB_LINK = Pattern.compile("(?i)https?://\\S+");

    private final String executiveId;
    private final FeedOrigin origin;
    private final SyndFeed feed;
    private final Instant observedAt;
    private final @Nullable String language;

    public FeedPosts(String executiveId, FeedOrigin origin, SyndFeed feed, Instant observedAt) {
        this.executiveId = executiveId;
        this.origin = origin;
        this.feed = feed;
        this.observedAt = observedAt;
        this.language = languageTag(feed.getLanguage());
    }

    /** Empty when nothing identifies the entry (no guid, id or link). */
    public Optional<PostObserved> toPost(SyndEntry entry) {
        return EntryIds.nativeId(feed, entry, origin.fallbackScope()).map(nativeId -> PostObserved.observe(
                executiveId, Platform.RSS, nativeId, PostKind.EXECUTIVE_POST, author(entry), null, null,
                createdAt(entry), text(entry), language, link(entry), new MetricSnapshot(0, 0, 0, 0, observedAt)));
    }

    private Author author(SyndEntry entry) {
        String displayName = Stream.of(entry.getAuthor(), firstName(entry.getAuthors()), feed.getAuthor(),
                        firstName(feed.getAuthors()), feed.getTitle())
                .filter(name -> name != null && !name.isBlank()).map(HtmlText::toPlainText)
                .filter(name -> !name.isBlank()).findFirst().orElse(origin.handle());
        return Author.of(origin.handle(), origin.handle(), displayName, null, 0, true);
    }

    /** Atom names authors as persons (ROME leaves the single author empty), RSS mostly as one string. */
    private static @Nullable String firstName(List<SyndPerson> persons) {
        return persons.isEmpty() ? null : persons.get(0).getName();
    }

    private Instant createdAt(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? observedAt : date.toInstant();
    }

    /** The title, a blank line, then the full content when the feed has it (content:encoded, Atom content). */
    private static String text(SyndEntry entry) {
        @Nullable SyndContent body = entry.getContents().stream().filter(content -> !isBlank(content)).findFirst()
                .orElse(entry.getDescription());
        return Stream.of(plainText(entry.getTitleEx()), plainText(body)).filter(part -> !part.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }

    /** Declared plain text stays as written; anything else may be HTML and is cleaned. */
    private static String plainText(@Nullable SyndContent content) {
        if (isBlank(content)) {
            return "";
        }
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? content.getValue().strip()
                : HtmlText.toPlainText(content.getValue());
    }

    private static boolean isBlank(@Nullable SyndContent content) {
        return content == null || content.getValue() == null || content.getValue().isBlank();
    }

    /**
     * Only web links, resolved against the feed's site when relative: a feed is untrusted and a
     * {@code javascript:} link must never reach a dashboard's anchor.
     */
    private @Nullable String link(SyndEntry entry) {
        String link = entry.getLink();
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            String site = feed.getLink();
            URI uri = URI.create(link.strip());
            String resolved = !uri.isAbsolute() && site != null && WEB_LINK.matcher(site.strip()).matches()
                    ? URI.create(site.strip()).resolve(uri).toString() : uri.toString();
            return WEB_LINK.matcher(resolved).matches() ? resolved : null;
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    private static @Nullable String languageTag(@Nullable String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String tag = Locale.forLanguageTag(language.strip().replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }
}
