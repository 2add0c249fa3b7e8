package io.rostrum.ingest.importer.linkedin;

import io.rostrum.events.Author;
import io.rostrum.events.Events;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.importer.ExportFile;
import io.rostrum.ingest.importer.ExportImporter;
import io.rostrum.ingest.importer.ExportSource;
import io.rostrum.ingest.importer.ImportException;
import io.rostrum.ingest.importer.ImportSummary;
import io.rostrum.ingest.importer.ImportTally;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The member data export LinkedIn sends on request: the executive's posts in {@code Shares.csv} and comments in
 * {@code Comments.csv} (in the complete export suffixed with the member id, {@code Shares_123456.csv}), and the
 * name and headline in {@code Profile.csv}.
 *
 * <p>A share with commentary is an {@link PostKind#EXECUTIVE_POST}; one without is a {@link PostKind#REPOST} of its
 * {@code SharedUrl}, which becomes its text. A comment is an {@link PostKind#EXECUTIVE_REPLY} to the post its link
 * names. The export carries no counts, no follower figure and no member id: metrics and followers are 0, observed
 * at the file's modification time, and the executive id stands in for the account id and handle. Dates are UTC.
 */
public final class LinkedInImporter implements ExportImporter {

    public static final String FORMAT = "linkedin";

    private static final Pattern SHARES = Pattern.compile("Shares(?:_\\d+)?\\.csv");
    private static final Pattern COMMENTS = Pattern.compile("Comments(?:_\\d+)?\\.csv");
    private static final Pattern PROFILE = Pattern.compile("Profile\\.csv");
    private static final Pattern WANTED =
            Pattern.compile(String.join("|", SHARES.pattern(), COMMENTS.pattern(), PROFILE.pattern()));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public ImportSummary read(Path path, String executiveId, Consumer<PostObserved> sink) {
        try (ExportSource source = ExportSource.open(path, WANTED)) {
            Optional<ExportFile> shares = source.file(SHARES);
            Optional<ExportFile> comments = source.file(COMMENTS);
            if (shares.isEmpty() && comments.isEmpty()) {
                throw new ImportException(path + ": expected Shares.csv or Comments.csv of a LinkedIn data export,"
                        + " found neither; point at the export's .zip, its folder or one of those files");
            }
            ImportTally tally = new ImportTally(FORMAT, sink);
            Author author = source.file(PROFILE).map(file -> author(file, executiveId, tally))
                    .orElseGet(() -> Author.of(executiveId, executiveId, executiveId, null, 0, true));
            List<ExportCsv.Row> shareRows = shares.map(file -> ExportCsv.read(file,
                    List.of("Date", "ShareLink", "ShareCommentary"), tally::skip)).orElse(List.of());
            List<ExportCsv.Row> commentRows = comments.map(file -> ExportCsv.read(file,
                    List.of("Date", "Link", "Message"), tally::skip)).orElse(List.of());
            shares.ifPresent(file -> shareRows.forEach(row -> share(row, executiveId, author, file, tally)));
            comments.ifPresent(file -> commentRows.forEach(row -> comment(row, executiveId, author, file, tally)));
            return tally.summary();
        }
    }

    private static void share(ExportCsv.Row row, String executiveId, Author author, ExportFile file,
                              ImportTally tally) {
        String link = row.get("ShareLink");
        Optional<String> urn = LinkedInUrns.post(link);
        if (urn.isEmpty()) {
            tally.skip(row.where(), "ShareLink '" + link + "' names no share, activity or ugcPost URN");
            return;
        }
        String commentary = row.get("ShareCommentary");
        boolean repost = commentary.isEmpty();
        emit(row, tally, createdAt -> PostObserved.observe(executiveId, Platform.LINKEDIN, urn.get(),
                repost ? PostKind.REPOST : PostKind.EXECUTIVE_POST, author, null, null, createdAt,
                repost ? row.get("SharedUrl") : commentary, null, link, noCounts(file)));
    }

    private static void comment(ExportCsv.Row row, String executiveId, Author author, ExportFile file,
                                ImportTally tally) {
        String link = row.get("Link");
        String message = row.get("Message");
        Optional<String> parent = LinkedInUrns.post(link);
        if (message.isEmpty()) {
            tally.skip(row.where(), "comment without text");
            return;
        }
        if (parent.isEmpty()) {
            tally.skip(row.where(), "Link '" + link + "' names no post URN to reply to");
            return;
        }
        // The export gives most comments no id of their own; one derived from the row keeps re-imports idempotent.
        String nativeId = LinkedInUrns.comment(link)
                .orElseGet(() -> "comment-" + Events.deterministicId(row.get("Date"), link, message));
        String parentKey = PostObserved.postKey(Platform.LINKEDIN, parent.get());
        emit(row, tally, createdAt -> PostObserved.observe(executiveId, Platform.LINKEDIN, nativeId,
                PostKind.EXECUTIVE_REPLY, author, parentKey, parentKey, createdAt, message, null, link,
                noCounts(file)));
    }

    private interface Observation {
        PostObserved at(Instant createdAt);
    }

    private static void emit(ExportCsv.Row row, ImportTally tally, Observation observation) {
        String date = row.get("Date");
        if (date.isEmpty()) {
            tally.skip(row.where(), "no Date");
            return;
        }
        try {
            tally.accept(observation.at(parseDate(date)));
        } catch (DateTimeParseException e) {
            tally.skip(row.where(), "Date '" + date + "' is not like '2024-03-05 14:22:11'");
        } catch (IllegalArgumentException e) {
            tally.skip(row.where(), e.getMessage());
        }
    }

    private static Instant parseDate(String date) {
        return date.contains("T") ? Instant.parse(date) : LocalDateTime.parse(date, DATE).toInstant(ZoneOffset.UTC);
    }

    private static MetricSnapshot noCounts(ExportFile file) {
        return new MetricSnapshot(0, 0, 0, 0, file.lastModified());
    }

    private static Author author(ExportFile profile, String executiveId, ImportTally tally) {
        List<ExportCsv.Row> rows = ExportCsv.read(profile, List.of("First Name", "Last Name"), tally::skip);
        if (rows.isEmpty()) {
            return Author.of(executiveId, executiveId, executiveId, null, 0, true);
        }
        ExportCsv.Row row = rows.get(0);
        String name = (row.get("First Name") + " " + row.get("Last Name")).strip();
        String headline = row.get("Headline");
        return Author.of(executiveId, executiveId, name.isEmpty() ? executiveId : name,
                headline.isEmpty() ? null : headline, 0, true);
    }
}
