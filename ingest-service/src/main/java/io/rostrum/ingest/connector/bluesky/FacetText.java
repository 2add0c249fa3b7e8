package io.rostrum.ingest.connector.bluesky;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A post's text with its link facets resolved. Bluesky text is plain text (markup in it is just characters, so
 * nothing is stripped); clients shorten long links in the visible text and keep the full URI in a facet whose
 * byte range counts UTF-8 bytes, not Java chars. A shortened link is replaced by its full URI, a link under other
 * words keeps the words and gets the URI appended; mentions and tags already read as {@code @handle} and
 * {@code #tag} and stay as they are. Facets with impossible or overlapping ranges are ignored.
 */
final class FacetText {

    private static final String LINK = "app.bsky.richtext.facet#link";

    private FacetText() {
    }

    static String render(String text, @Nullable JsonNode facets) {
        if (facets == null || !facets.isArray() || facets.isEmpty()) {
            return text;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<Link> links = links(facets, bytes);
        if (links.isEmpty()) {
            return text;
        }
        StringBuilder rendered = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Link link : links) {
            if (link.start() < at) {
                continue;
            }
            rendered.append(decode(bytes, at, link.start()));
            rendered.append(linkText(decode(bytes, link.start(), link.end()), link.uri()));
            at = link.end();
        }
        return rendered.append(decode(bytes, at, bytes.length)).toString();
    }

    static String linkText(String visible, String uri) {
        if (visible.equals(uri)) {
            return uri;
        }
        String shown = stripEllipsis(stripScheme(visible));
        if (!shown.isEmpty() && stripScheme(uri).startsWith(shown)) {
            return uri;
        }
        return visible + " (" + uri + ")";
    }

    private static List<Link> links(JsonNode facets, byte[] bytes) {
        List<Link> links = new ArrayList<>();
        for (JsonNode facet : facets) {
            JsonNode index = facet.path("index");
            int start = index.path("byteStart").asInt(-1);
            int end = index.path("byteEnd").asInt(-1);
            String uri = linkUri(facet.path("features"));
            if (uri != null && 0 <= start && start < end && end <= bytes.length
                    && startsCharacter(bytes, start) && startsCharacter(bytes, end)) {
                links.add(new Link(start, end, uri));
            }
        }
        links.sort(Comparator.comparingInt(Link::start));
        return links;
    }

    private static @Nullable String linkUri(JsonNode features) {
        for (JsonNode feature : features) {
            String uri = Json.optionalText(feature, "uri");
            if (LINK.equals(Json.type(feature)) && uri != null && !uri.isBlank()) {
                return uri;
            }
        }
        return null;
    }

    /** A range must not cut a multi-byte character: UTF-8 continuation bytes look like 10xxxxxx. */
    private static boolean startsCharacter(byte[] bytes, int offset) {
        return offset == bytes.length || (bytes[offset] & 0xC0) != 0x80;
    }

    private static String decode(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    private static String stripScheme(String text) {
        return text.replaceFirst("^https?://", "");
    }

    private static String stripEllipsis(String text) {
        return text.replaceFirst("(\\.\\.\\.|…)$", "");
    }

    private record Link(int start, int end, String uri) {
    }
}
