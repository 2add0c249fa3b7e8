package io.rostrum.ingest.importer.x;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a synthetic X archive shaped like a real one (split {@code tweets.js} / {@code tweets-part1.js}, string
 * counts, entity-encoded text): tweet i is created at 2020-01-01 plus i hours, has i % 50 likes, and every tweet
 * with i % 10 == 3 replies to another account. Shared with the end-to-end tests through ingest-service's test jar.
 */
public final class XArchiveFixture {

    public static final Instant START = Instant.parse("2020-01-01T00:00:00Z");
    private static final DateTimeFormatter CREATED_AT =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

    private XArchiveFixture() {
    }

    /** @return the archive's root folder, holding {@code data/} */
    public static Path write(Path root, int tweets) throws IOException {
        Path data = Files.createDirectories(root.resolve("data"));
        Files.writeString(data.resolve("account.js"), """
                window.YTD.account.part0 = [ { "account" : { "username" : "big_ceo", "accountId" : "900",
                  "accountDisplayName" : "Big CEO" } } ]""");
        int split = tweets * 3 / 5;
        StringBuilder part0 = new StringBuilder("window.YTD.tweets.part0 = [");
        StringBuilder part1 = new StringBuilder("window.YTD.tweets.part1 = [");
        for (int i = 0; i < tweets; i++) {
            StringBuilder part = i < split ? part0 : part1;
            if (part.charAt(part.length() - 1) == '}') {
                part.append(',');
            }
            String reply = i % 10 == 3
                    ? ", \"in_reply_to_status_id_str\" : \"42\", \"in_reply_to_user_id_str\" : \"7\"" : "";
            part.append("\n{ \"tweet\" : { \"id_str\" : \"").append(1_000_000 + i)
                    .append("\", \"created_at\" : \"")
                    .append(CREATED_AT.format(START.plusSeconds(3_600L * i).atOffset(ZoneOffset.UTC)))
                    .append("\", \"full_text\" : \"Post number ").append(i).append(" &amp; more\"")
                    .append(", \"favorite_count\" : \"").append(i % 50).append("\", \"retweet_count\" : \"1\"")
                    .append(reply).append(" } }");
        }
        Files.writeString(data.resolve("tweets.js"), part0.append("\n]"));
        Files.writeString(data.resolve("tweets-part1.js"), part1.append("\n]"));
        return root;
    }
}
