package io.rostrum.ingest.connector.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTests {

    @Test
    void refusesADocumentTypeDeclarationSoAnExternalEntityCannotReadALocalFile(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cr3t-payroll");
        String xxe = Fixtures.text(Fixtures.XXE).replace("SECRET_FILE_URL", secret.toUri().toString());

        assertThatThrownBy(() -> parse(xxe))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void namesLineColumnAndWhatWasExpectedInMalformedXml() {
        assertThatThrownBy(() -> parse(Fixtures.text(Fixtures.MALFORMED)))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageStartingWith("line 7, column 7: ")
                .hasMessageContaining("must be terminated by the matching end-tag \"</item>\"");
    }

    @Test
    void refusesWellFormedXmlThatIsNotAFeed() {
        assertThatThrownBy(() -> parse("<html><body><p>Not a feed</p></body></html>"))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessage("expected an RSS or Atom feed, found another kind of XML document");
    }

    /** ROME writes a description's elements out recursively: 5,000 levels overflowed the stack. */
    @Test
    void refusesANestingDeeperThanAnyFeedNamingWhere() {
        String deep = "<div>".repeat(5_000) + "</div>".repeat(5_000);
        String feed = Fixtures.text(Fixtures.RSS).replaceFirst("(?s)(<item>.*?<description>)", "$1" + deep);

        assertThatThrownBy(() -> parse(feed))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageMatching("line \\d+, column \\d+: .*depth of \"501\" that exceeds the limit \"500\".*");
    }

    @Test
    void refusesANamespaceThatIsNoLegalUriSayingWhy() {
        String feed = Fixtures.text(Fixtures.RSS).replace("xmlns:dc=\"", "xmlns:dc=\" ");

        assertThatThrownBy(() -> parse(feed))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageContaining("\" http://purl.org/dc/elements/1.1/\" is not legal")
                .hasMessageContaining("Namespace URIs cannot begin with white-space");
    }

    @Test
    void readsTheCharsetOfTheContentTypeWhenTheXmlPrologNamesNone() {
        String feed = "<rss version=\"2.0\"><channel><title>Caf\u00e9 notes</title><link>https://cafe.example/</link>"
                + "<description>d</description></channel></rss>";

        assertThat(FeedParser.parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.ISO_8859_1)),
                "application/rss+xml; charset=ISO-8859-1").getTitle()).isEqualTo("Caf\u00e9 notes");
    }

    private static void parse(String xml) {
        FeedParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
    }
}
