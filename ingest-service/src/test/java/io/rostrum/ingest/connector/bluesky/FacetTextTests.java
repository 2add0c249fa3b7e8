package io.rostrum.ingest.connector.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FacetTextTests {

    @Test
    void replacesAShortenedLinkCountingUtf8BytesPastEmojiAndAccents() {
        String text = "Zürich 👩‍🔬 ⚡ see example.com/reports/2026/q3-ener… now";
        String facets = link(text, "example.com/reports/2026/q3-ener…", "https://example.com/reports/2026/q3-energy");

        assertThat(FacetText.render(text, parse(facets)))
                .isEqualTo("Zürich 👩‍🔬 ⚡ see https://example.com/reports/2026/q3-energy now");
    }

    @Test
    void appendsTheAddressToLinkedWordsAndKeepsFullLinksAndMentionsAsWritten() {
        assertThat(FacetText.linkText("our report", "https://example.com/r"))
                .isEqualTo("our report (https://example.com/r)");
        assertThat(FacetText.linkText("https://example.com/r", "https://example.com/r"))
                .isEqualTo("https://example.com/r");
        assertThat(FacetText.linkText("example.com", "https://example.com")).isEqualTo("https://example.com");
        String mention = "hi @jamie.bsky.social";
        String facets = "[{\"index\":{\"byteStart\":3,\"byteEnd\":21},\"features\":[{\"$type\":"
                + "\"app.bsky.richtext.facet#mention\",\"did\":\"did:plc:j2mrx5kvbq7wcy3ztho4dlna\"}]}]";

        assertThat(FacetText.render(mention, parse(facets))).isEqualTo(mention);
    }

    @Test
    void ignoresRangesOutsideTheTextOrInsideACharacter() {
        String text = "🚀 go";
        String outside = "[{\"index\":{\"byteStart\":5,\"byteEnd\":40},\"features\":[{\"$type\":"
                + "\"app.bsky.richtext.facet#link\",\"uri\":\"https://example.com\"}]}]";
        String inside = "[{\"index\":{\"byteStart\":2,\"byteEnd\":7},\"features\":[{\"$type\":"
                + "\"app.bsky.richtext.facet#link\",\"uri\":\"https://example.com\"}]}]";

        assertThat(FacetText.render(text, parse(outside))).isEqualTo(text);
        assertThat(FacetText.render(text, parse(inside))).isEqualTo(text);
    }

    private static String link(String text, String visible, String uri) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int start = new String(bytes, StandardCharsets.ISO_8859_1)
                .indexOf(new String(visible.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        int end = start + visible.getBytes(StandardCharsets.UTF_8).length;
        return "[{\"$type\":\"app.bsky.richtext.facet\",\"index\":{\"byteStart\":" + start + ",\"byteEnd\":" + end
                + "},\"features\":[{\"$type\":\"app.bsky.richtext.facet#link\",\"uri\":\"" + uri + "\"}]}]";
    }

    private static JsonNode parse(String json) {
        return JsonMapper.shared().readTree(json);
    }
}
