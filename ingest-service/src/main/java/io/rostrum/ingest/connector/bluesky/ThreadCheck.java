package io.rostrum.ingest.connector.bluesky;

import io.rostrum.events.Author;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.connector.AccountCursor.WatchedThread;
import io.rostrum.ingest.connector.ReplySchedule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Fetches the replies of the executive's watched posts that are due ({@code app.bsky.feed.getPostThread}), oldest
 * due first and at most a bounded number per round. Thread authors come as {@code profileViewBasic}s without
 * description or follower count, so they are looked up with {@code app.bsky.actor.getProfiles}, 25 at a time and
 * once per round. A thread is a unit: if the rate limit interrupts it, none of its replies are reported and it
 * stays due. A watched post that was deleted drops out of the watch.
 */
final class ThreadCheck {

    private static final Logger log = LoggerFactory.getLogger(ThreadCheck.class);
    private static final String THREAD = "app.bsky.feed.getPostThread";
    private static final String PROFILES = "app.bsky.actor.getProfiles";
    private static final int PROFILES_PER_CALL = 25;

    private final Round round;
    private final PostReader reader;
    private final ReplySchedule schedule;
    private final int maxThreads;
    private final Map<String, Author> profiles = new HashMap<>();

    ThreadCheck(Round round, PostReader reader, ReplySchedule schedule, int maxThreads) {
        this.round = round;
        this.reader = reader;
        this.schedule = schedule;
        this.maxThreads = maxThreads;
    }

    /** Checks the due threads; completes with the watch list to continue with. */
    Mono<List<WatchedThread>> check(List<WatchedThread> watched) {
        List<WatchedThread> due = watched.stream().filter(thread -> !thread.nextCheck().isAfter(round.now()))
                .sorted(Comparator.comparing(WatchedThread::nextCheck)).limit(maxThreads).toList();
        Map<String, Optional<WatchedThread>> updated = new HashMap<>();
        return checkFrom(due, 0, updated).then(Mono.fromSupplier(() -> watched.stream()
                .map(thread -> updated.getOrDefault(thread.nativeId(), Optional.of(thread)))
                .flatMap(Optional::stream)
                .toList()));
    }

    private Mono<Void> checkFrom(List<WatchedThread> due, int index, Map<String, Optional<WatchedThread>> updated) {
        if (index == due.size() || round.stopped()) {
            return Mono.empty();
        }
        WatchedThread thread = due.get(index);
        return fetch(thread)
                .doOnNext(next -> updated.put(thread.nativeId(), next))
                .then(Mono.defer(() -> checkFrom(due, index + 1, updated)));
    }

    /** The thread's next state, or empty when the rate limit stopped the round before it was done. */
    private Mono<Optional<WatchedThread>> fetch(WatchedThread thread) {
        List<Entry<String, String>> params = List.of(Map.entry("uri", AtUri.ofPost(thread.nativeId()).toString()),
                Map.entry("depth", "6"), Map.entry("parentHeight", "0"));
        return round.call(THREAD, params, fetched -> ThreadView.of(fetched.body()))
                .onErrorResume(XrpcError.class, e -> e.error().equals("NotFound")
                        ? Mono.just(ThreadView.deleted()) : Mono.error(e))
                .flatMap(view -> {
                    if (view.root() == null) {
                        log.info("{}: watched post {} is gone, no longer watching it", round.account(),
                                thread.nativeId());
                        return Mono.just(Optional.<WatchedThread>empty());
                    }
                    if (view.notFound() + view.blocked() + view.unknown() > 0) {
                        log.debug("{}: thread {} hides {} deleted, {} blocked and {} unknown replies",
                                round.account(), thread.nativeId(), view.notFound(), view.blocked(), view.unknown());
                    }
                    return enrich(round.read(THREAD, () -> otherAuthors(view))).map(authors -> {
                        round.observeAll(round.read(THREAD, () -> observations(view, authors)));
                        return schedule.finished(thread, round.now()) ? Optional.<WatchedThread>empty()
                                : Optional.of(schedule.checked(thread, round.now()));
                    });
                });
    }

    private List<PostObserved> observations(ThreadView view, Map<String, Author> authors) {
        JsonNode root = view.root();
        List<PostObserved> found = new ArrayList<>();
        found.add(reader.post(root, reader.executive(), null, null));
        AtUri rootUri = AtUri.parse(Json.text(root, "uri"));
        for (ThreadView.Reply reply : view.replies()) {
            found.add(reader.post(reply.post(), author(reply.post(), authors), reply.parent(), rootUri));
        }
        return found;
    }

    private Author author(JsonNode post, Map<String, Author> authors) {
        if (reader.byExecutive(post)) {
            return reader.executive();
        }
        JsonNode basic = Json.object(post, "author");
        Author detailed = authors.get(Json.text(basic, "did"));
        return detailed != null ? detailed : Authors.of(basic, false);
    }

    /** The DIDs of the thread's authors other than the executive whose profiles this round has not looked up. */
    private List<String> otherAuthors(ThreadView view) {
        Set<String> missing = new LinkedHashSet<>();
        for (ThreadView.Reply reply : view.replies()) {
            String did = Json.text(Json.object(reply.post(), "author"), "did");
            if (!did.equals(reader.executive().id()) && !profiles.containsKey(did)) {
                missing.add(did);
            }
        }
        return new ArrayList<>(missing);
    }

    /** Detailed profiles of the given authors; empty when the rate limit interrupted the lookups. */
    private Mono<Map<String, Author>> enrich(List<String> missing) {
        return lookUp(missing, 0).filter(done -> done).map(done -> Map.copyOf(profiles));
    }

    /** True once every batch was looked up, false when the rate limit stopped the round first. */
    private Mono<Boolean> lookUp(List<String> dids, int from) {
        if (from >= dids.size()) {
            return Mono.just(true);
        }
        if (round.stopped()) {
            return Mono.just(false);
        }
        List<String> batch = dids.subList(from, Math.min(from + PROFILES_PER_CALL, dids.size()));
        List<Entry<String, String>> params = batch.stream().map(did -> Map.entry("actors", did)).toList();
        return round.call(PROFILES, params, fetched -> detailedProfiles(fetched.body()))
                .flatMap(found -> {
                    found.forEach(author -> profiles.put(author.id(), author));
                    return lookUp(dids, from + PROFILES_PER_CALL);
                })
                .defaultIfEmpty(false);
    }

    private static List<Author> detailedProfiles(JsonNode body) {
        JsonNode list = body.get("profiles");
        if (list == null || !list.isArray()) {
            throw new PayloadException("missing profiles");
        }
        List<Author> authors = new ArrayList<>();
        for (JsonNode profile : list) {
            authors.add(Authors.of(profile, false));
        }
        return authors;
    }
}
