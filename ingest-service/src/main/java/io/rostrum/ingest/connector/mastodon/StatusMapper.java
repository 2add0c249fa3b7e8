package io.rostrum.ingest.connector.mastodon;

import io.rostrum.events.Author;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.connector.HtmlText;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the statuses of one polling round into observations, all stamped with the round's time and the
 * executive's follower count at that time. Private and direct statuses are never mapped.
 */
final class StatusMapper {

    private final String executiveId;
    private final MastodonHandle handle;
    private final MastodonAccount executive;
    private final Author executiveAuthor;
    private final Instant observedAt;

    StatusMapper(String executiveId, MastodonHandle handle, MastodonAccount executive, Instant observedAt) {
        this.executiveId = executiveId;
        this.handle = handle;
        this.executive = executive;
        this.executiveAuthor = Author.of(executive.id(), handle.handle(), displayName(executive),
                profileText(executive), executive.followersCount(), true);
        this.observedAt = observedAt;
    }

    /** Whether the executive wrote the status (a reblog counts as theirs). */
    boolean byExecutive(MastodonStatus status) {
        return status.account().id().equals(executive.id());
    }

    /**
     * The observation of a status: the executive's post, reply or reblog, or a stakeholder's reply. The kind
     * depends only on the status, so a status seen in the timeline and again in a thread keeps its kind.
     *
     * @param threadRootId the first status of the thread, when known; recorded for replies only
     */
    Optional<PostObserved> observe(MastodonStatus status, @Nullable String threadRootId) {
        if (!status.visibleToAll()) {
            return Optional.empty();
        }
        MastodonStatus reblogged = status.reblog();
        if (reblogged != null) {
            // the wrapper is the executive's act of sharing; its counters are the share's own, not the original's
            return Optional.of(PostObserved.observe(executiveId, Platform.MASTODON, status.id(), PostKind.REPOST,
                    executiveAuthor, null, null, status.createdAt(), text(reblogged), reblogged.language(),
                    reblogged.url(), metrics(status)));
        }
        String inReplyToId = status.inReplyToId();
        boolean own = byExecutive(status);
        if (!own && inReplyToId == null) {
            return Optional.empty();
        }
        String inReplyToKey = inReplyToId == null ? null : key(inReplyToId);
        String threadRootKey = inReplyToId == null || threadRootId == null ? null : key(threadRootId);
        return Optional.of(PostObserved.observe(executiveId, Platform.MASTODON, status.id(), kind(status, own),
                own ? executiveAuthor : stakeholder(status.account()), inReplyToKey, threadRootKey,
                status.createdAt(), text(status), status.language(), status.url(), metrics(status)));
    }

    /** A self-thread continuation is still the executive's own post; answering someone else is a reply. */
    private PostKind kind(MastodonStatus status, boolean own) {
        if (!own) {
            return PostKind.STAKEHOLDER_REPLY;
        }
        return status.inReplyToId() == null || executive.id().equals(status.inReplyToAccountId())
                ? PostKind.EXECUTIVE_POST : PostKind.EXECUTIVE_REPLY;
    }

    private Author stakeholder(MastodonAccount account) {
        return Author.of(account.id(), handle.qualify(account.acct()), displayName(account), profileText(account),
                account.followersCount(), false);
    }

    private MetricSnapshot metrics(MastodonStatus status) {
        Long quotes = status.quotesCount();
        return new MetricSnapshot(Math.max(0, status.repliesCount()), Math.max(0, status.reblogsCount()),
                Math.max(0, status.favouritesCount()), quotes == null ? 0 : Math.max(0, quotes), observedAt);
    }

    /** The content warning is part of what readers see first, so it leads the text. */
    private static String text(MastodonStatus status) {
        String content = HtmlText.toPlainText(status.content());
        String warning = status.spoilerText().strip();
        return warning.isEmpty() ? content : warning + "\n\n" + content;
    }

    private static String displayName(MastodonAccount account) {
        return account.displayName().isBlank() ? account.username() : account.displayName();
    }

    private static @Nullable String profileText(MastodonAccount account) {
        String text = HtmlText.toPlainText(account.note());
        return text.isEmpty() ? null : text;
    }

    static String key(String statusId) {
        return PostObserved.postKey(Platform.MASTODON, statusId);
    }
}
