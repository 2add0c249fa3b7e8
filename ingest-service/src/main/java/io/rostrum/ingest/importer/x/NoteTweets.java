package io.rostrum.ingest.importer.x;

import io.rostrum.ingest.importer.ImportTally;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The long texts of {@code data/note-tweet.js}. The archive does not link a note to its tweet: the note's
 * {@code noteTweetId} is not the tweet's id, and the tweet in {@code tweets.js} carries only the first ~280
 * characters followed by an ellipsis. So a note belongs to a tweet when both hold:
 * <ul>
 *   <li>the note's {@code createdAt} lies within one second of the tweet's {@code created_at} (the tweet's time
 *       has whole seconds, the note's milliseconds), and</li>
 *   <li>the tweet's text before the ellipsis is a prefix of the note's text, once both are HTML-decoded and
 *       leading reply mentions and t.co links (their ids differ between the two files) are left out.</li>
 * </ul>
 * A tweet that two notes would fit keeps its own text: ambiguity is reported, never guessed. A note no tweet
 * claims is listed as skipped.
 */
final class NoteTweets {

    private final Map<Long, List<Note>> bySecond = new HashMap<>();
    private final List<Note> notes = new ArrayList<>();
    private final Set<Note> used = Collections.newSetFromMap(new IdentityHashMap<>());

    private record Note(String where, Instant createdAt, String text, String comparable) {
    }

    static NoteTweets none() {
        return new NoteTweets();
    }

    static NoteTweets read(YtdFile file, ImportTally tally) {
        NoteTweets found = new NoteTweets();
        file.forEach((entry, index) -> {
            String where = file.file() + " entry " + index;
            JsonNode note = entry.path("noteTweet");
            String raw = note.path("core").path("text").asString("");
            String created = note.path("createdAt").asString("");
            if (raw.isBlank() || created.isBlank()) {
                tally.skip(where, "not a note tweet: expected noteTweet.core.text and noteTweet.createdAt");
                return;
            }
            try {
                String decoded = TweetText.decode(raw);
                found.add(new Note(where, Instant.parse(created),
                        TweetText.expand(decoded, note.path("core").path("urls"), "shortUrl", "expandedUrl"),
                        TweetText.comparable(decoded)));
            } catch (DateTimeParseException e) {
                tally.skip(where, "createdAt '" + created + "' is not an ISO-8601 instant");
            }
        });
        return found;
    }

    /** The full text for a tweet, when exactly one note matches it. */
    Optional<String> fullText(Instant tweetCreatedAt, String decodedTweetText) {
        String head = TweetText.truncatedHead(decodedTweetText);
        if (head.isEmpty() || notes.isEmpty()) {
            return Optional.empty();
        }
        List<Note> matching = new ArrayList<>();
        long second = tweetCreatedAt.getEpochSecond();
        for (long candidate = second - 1; candidate <= second + 1; candidate++) {
            for (Note note : bySecond.getOrDefault(candidate, List.of())) {
                if (note.comparable().startsWith(head)
                        && Math.abs(note.createdAt().toEpochMilli() - tweetCreatedAt.toEpochMilli()) <= 1000) {
                    matching.add(note);
                }
            }
        }
        if (matching.size() != 1) {
            return Optional.empty();
        }
        used.add(matching.get(0));
        return Optional.of(matching.get(0).text());
    }

    void reportUnused(ImportTally tally) {
        for (Note note : notes) {
            if (!used.contains(note)) {
                tally.skip(note.where(), "no tweet matches this note (created within a second, with the same"
                        + " opening text), so its long text was not used");
            }
        }
    }

    private void add(Note note) {
        notes.add(note);
        bySecond.computeIfAbsent(note.createdAt().getEpochSecond(), second -> new ArrayList<>()).add(note);
    }
}
