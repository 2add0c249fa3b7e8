package io.rostrum.ingest.connector;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Turns HTML from a platform (a Mastodon status, a feed item) into clean plain text. Text from platforms is
 * untrusted: scripts, styles and every tag are dropped, entities decoded; paragraphs and line breaks become new
 * lines; a link keeps its visible text (Mastodon shows mentions, hashtags and shortened URLs that way).
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String toPlainText(String html) {
        Document document = Jsoup.parseBodyFragment(Jsoup.clean(html, Safelist.basic()));
        StringBuilder text = new StringBuilder();
        appendText(document.body(), text);
        return text.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.text());
            } else if (child instanceof Element element) {
                if (element.normalName().equals("br")) {
                    text.append('\n');
                    continue;
                }
                boolean block = element.isBlock() || element.normalName().equals("p");
                if (block && !text.isEmpty()) {
                    text.append("\n\n");
                }
                appendText(element, text);
            }
        }
    }
}
