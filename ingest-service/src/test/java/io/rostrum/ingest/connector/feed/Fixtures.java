package io.rostrum.ingest.connector.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The feeds under {@code src/test/resources/feeds}. */
final class Fixtures {

    static final String RSS = "leadership-blog.rss.xml";
    static final String ATOM = "board-letters.atom";
    static final String INJECTION = "injection.rss.xml";
    static final String XXE = "xxe.rss.xml";
    static final String MALFORMED = "malformed.rss.xml";

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SyndFeed feed(String name) {
        return FeedParser.parse(Fixtures.class.getResourceAsStream("/feeds/" + name), null);
    }
}
