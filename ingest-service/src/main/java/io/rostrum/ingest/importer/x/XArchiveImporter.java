package io.rostrum.ingest.importer.x;

import io.rostrum.events.PostObserved;
import io.rostrum.ingest.importer.ExportFile;
import io.rostrum.ingest.importer.ExportImporter;
import io.rostrum.ingest.importer.ExportSource;
import io.rostrum.ingest.importer.ImportException;
import io.rostrum.ingest.importer.ImportSummary;
import io.rostrum.ingest.importer.ImportTally;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account archive X sends on request ({@code twitter-YYYY-MM-DD-….zip}): the tweets in {@code data/tweets.js}
 * or, in large archives, {@code data/tweets-part1.js}, {@code tweets-part2.js} and so on; long posts' full text in
 * {@code data/note-tweet.js}; the account in {@code data/account.js}; followers in {@code data/follower.js}; the
 * archive's date in {@code data/manifest.js}.
 *
 * <p>Every tweets file is read twice: first to check it is whole and to learn the threads, then to emit. A
 * truncated or corrupt file therefore fails the import before any post reaches the sink. The archive has no
 * reply or quote counts and no follower count per tweet: replies and quotes are 0, and followers are the
 * entries of {@code follower.js} (0 without it), the same for every tweet. All metrics are observed at the
 * archive's generation date, or the tweets file's modification time when there is no manifest.
 */
public final class XArchiveImporter implements ExportImporter {

    public static final String FORMAT = "x-archive";

    private static final Pattern TWEETS = Pattern.compile("tweets(?:-part(\\d+))?\\.js");
    private static final Pattern NOTES = Pattern.compile("note-tweet\\.js");
    private static final Pattern ACCOUNT = Pattern.compile("account\\.js");
    private static final Pattern MANIFEST = Pattern.compile("manifest\\.js");
    private static final Pattern FOLLOWERS = Pattern.compile("follower(?:-part\\d+)?\\.js");
    private static final Pattern WANTED = Pattern.compile(String.join("|", TWEETS.pattern(), NOTES.pattern(),
            ACCOUNT.pattern(), MANIFEST.pattern(), FOLLOWERS.pattern()));

    private final JsonMapper json;

    public XArchiveImporter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public ImportSummary read(Path path, String executiveId, Consumer<PostObserved> sink) {
        try (ExportSource source = ExportSource.open(path, WANTED)) {
            List<YtdFile> tweetFiles = source.files(TWEETS).stream()
                    .sorted(Comparator.comparingInt(XArchiveImporter::partNumber))
                    .map(file -> new YtdFile(file, json)).toList();
            if (tweetFiles.isEmpty()) {
                throw new ImportException(path + ": expected data/tweets.js (or data/tweets-part1.js, …) of an X"
                        + " archive, found none; point at the archive's .zip, its folder, its data folder or"
                        + " tweets.js");
            }
            Optional<JsonNode> manifest = source.file(MANIFEST).map(file -> new YtdFile(file, json).value());
            XAccount account = XAccount.of(source.file(ACCOUNT).map(file -> new YtdFile(file, json).value()),
                    manifest, executiveId);
            ImportTally tally = new ImportTally(FORMAT, sink);
            NoteTweets notes = source.file(NOTES).map(file -> NoteTweets.read(new YtdFile(file, json), tally))
                    .orElseGet(NoteTweets::none);
            Threads threads = new Threads(account.id());
            for (YtdFile file : tweetFiles) {
                file.forEach((entry, index) -> threads.learn(entry.path("tweet")));
            }
            TweetConverter converter = new TweetConverter(executiveId, account, followers(source),
                    observedAt(manifest, tweetFiles.get(0).file()), notes, threads);
            for (YtdFile file : tweetFiles) {
                file.forEach((entry, index) -> converter.convert(entry, file.file() + " entry " + index, tally));
            }
            notes.reportUnused(tally);
            return tally.summary();
        }
    }

    /** {@code tweets.js} is part 0; parts sort by number, so part10 follows part9. */
    private static int partNumber(ExportFile file) {
        Matcher matcher = TWEETS.matcher(file.baseName().toLowerCase(Locale.ROOT));
        return matcher.matches() && matcher.group(1) != null ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private long followers(ExportSource source) {
        long count = 0;
        for (ExportFile file : source.files(FOLLOWERS)) {
            count += new YtdFile(file, json).forEach((entry, index) -> { });
        }
        return count;
    }

    private static Instant observedAt(Optional<JsonNode> manifest, ExportFile tweets) {
        String generated = manifest.map(value -> Tweets.text(value.path("archiveInfo"), "generationDate"))
                .orElse(null);
        if (generated != null) {
            try {
                return Instant.parse(generated);
            } catch (DateTimeParseException e) {
                // An unreadable date in the manifest costs only precision: the file's own time is close to it.
            }
        }
        return tweets.lastModified();
    }
}
