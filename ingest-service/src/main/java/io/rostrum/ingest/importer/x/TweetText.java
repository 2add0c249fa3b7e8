package io.rostrum.ingest.importer.x;

import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Text as the archive stores it, made readable: entities decoded, t.co links expanded or dropped. */
final class TweetText {

    private static final Pattern LEADING_MENTIONS = Pattern.compile("^(@\\w+\\s+)+");
    private static final Pattern SHORT_LINKS = Pattern.compile("https?://t\\.co/\\S*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TweetText() {
    }

    /** X escapes exactly these three in archived text; {@code &amp;} last, so {@code &amp;lt;} stays literal. */
    static String decode(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Replaces each short link in {@code links} (objects with the two named fields) by its target. */
    static String expand(String text, JsonNode links, String shortField, String expandedField) {
        String expanded = text;
        for (JsonNode link : links) {
            String shortUrl = link.path(shortField).asString("");
            String target = link.path(expandedField).asString("");
            if (!shortUrl.isEmpty() && !target.isEmpty()) {
                expanded = expanded.replace(shortUrl, target);
            }
        }
        return expanded;
    }

    /** Drops the links to attached photos and videos: they name the attachment, not anything the post says. */
    static String dropMediaLinks(String text, JsonNode media) {
        String dropped = text;
        for (JsonNode item : media) {
            String shortUrl = item.path("url").asString("");
            if (!shortUrl.isEmpty()) {
                dropped = dropped.replace(shortUrl, "");
            }
        }
        return dropped.strip();
    }

    /** The part of a tweet's text its note must start with: everything before the truncation ellipsis. */
    static String truncatedHead(String tweetText) {
        int ellipsis = tweetText.lastIndexOf('\u2026');
        return comparable(ellipsis >= 0 ? tweetText.substring(0, ellipsis) : tweetText);
    }

    /**
     * Text reduced to what a tweet and its note share: without leading reply mentions (present on one side only
     * at times), without t.co links (their ids differ between the two files), with single spaces.
     */
    static String comparable(String text) {
        String head = LEADING_MENTIONS.matcher(text.strip()).replaceFirst("");
        head = SHORT_LINKS.matcher(head).replaceAll(" ");
        return SPACES.matcher(head).replaceAll(" ").strip();
    }
}
