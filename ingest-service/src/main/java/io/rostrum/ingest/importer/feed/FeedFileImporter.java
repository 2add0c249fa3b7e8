package io.rostrum.ingest.importer.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.connector.feed.FeedOrigin;
import io.rostrum.ingest.connector.feed.FeedParser;
import io.rostrum.ingest.connector.feed.FeedPosts;
import io.rostrum.ingest.connector.feed.InvalidFeedException;
import io.rostrum.ingest.importer.ExportImporter;
import io.rostrum.ingest.importer.ImportException;
import io.rostrum.ingest.importer.ImportSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a saved RSS or Atom feed, or every {@code .xml}, {@code .rss} and {@code .atom} file of a folder (not its
 * subfolders) in name order. Each entry becomes an executive post exactly as the feed connector would observe it,
 * so importing a feed the connector also polls yields the same post keys.
 */
public final class FeedFileImporter implements ExportImporter {

    private static final List<String> EXTENSIONS = List.of(".xml", ".rss", ".atom");

    private final Clock clock;

    public FeedFileImporter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String format() {
        return "rss";
    }

    @Override
    public ImportSummary read(Path path, String executiveId, Consumer<PostObserved> sink) {
        Instant observedAt = clock.instant();
        Tally tally = new Tally();
        for (Path file : feedFiles(path)) {
            SyndFeed feed = parse(file);
            FeedPosts posts = new FeedPosts(executiveId, FeedOrigin.savedFile(feed, file), feed, observedAt);
            List<SyndEntry> entries = feed.getEntries();
            for (int index = 0; index < entries.size(); index++) {
                Optional<PostObserved> post = posts.toPost(entries.get(index));
                if (post.isPresent()) {
                    sink.accept(post.get());
                    tally.count(post.get().createdAt());
                } else {
                    tally.skipped.add(new ImportSummary.Skipped(file + " entry " + (index + 1),
                            "neither guid, id nor link identifies it"));
                }
            }
        }
        return new ImportSummary(format(), Map.of(PostKind.EXECUTIVE_POST, tally.posts), tally.first, tally.last,
                tally.skipped);
    }

    private static List<Path> feedFiles(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new ImportException(path + ": no such file or folder");
        }
        try (Stream<Path> children = Files.list(path)) {
            List<Path> files = children.filter(Files::isRegularFile).filter(FeedFileImporter::hasFeedExtension)
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new ImportException(path + ": expected .xml, .rss or .atom feed files in this folder, found none");
            }
            return files;
        } catch (IOException e) {
            throw new ImportException(path + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    private static boolean hasFeedExtension(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static SyndFeed parse(Path file) {
        try (InputStream xml = Files.newInputStream(file)) {
            return FeedParser.parse(xml, null);
        } catch (InvalidFeedException e) {
            throw new ImportException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportException(file + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    /** What the import has sent to the sink so far. */
    private static final class Tally {

        private long posts;
        private @Nullable Instant first;
        private @Nullable Instant last;
        private final List<ImportSummary.Skipped> skipped = new ArrayList<>();

        void count(Instant createdAt) {
            posts++;
            first = first == null || createdAt.isBefore(first) ? createdAt : first;
            last = last == null || createdAt.isAfter(last) ? createdAt : last;
        }
    }
}
