package io.rostrum.ingest.connector.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXParseException;

/**
 * Parses RSS (0.9x, 1.0, 2.0) and Atom with ROME. Feeds are untrusted XML: document type declarations are refused
 * outright, so no external entity (XXE) can read a local file or reach the network and no entity expansion can
 * exhaust memory. That is ROME's own hardened XML set-up (DOCTYPE refused by default since 1.5.1); it is requested
 * explicitly so that an upgrade cannot silently change it. Elements nested deeper than {@link #MAX_DEPTH} are
 * refused while parsing: ROME writes an item's description out recursively, and a few thousand levels overflow the
 * stack (on a polling thread, a round that never ends).
 */
public final class FeedParser {

    /** Far deeper than any feed's structure with XHTML inside it, far shallower than overflows a thread's stack. */
    static final int MAX_DEPTH = 500;

    private FeedParser() {
    }

    /**
     * @param contentType the HTTP {@code Content-Type}, whose charset counts when the XML prolog names none
     * @throws InvalidFeedException when the bytes are not well-formed XML or not a feed
     */
    public static SyndFeed parse(InputStream xml, @Nullable String contentType) {
        Document document = read(xml, contentType);
        try {
            SyndFeed feed = new SyndFeedInput().build(document);
            if (feed.getLanguage() == null) {
                // ROME's Atom parser ignores xml:lang, where an Atom feed states its language
                feed.setLanguage(document.getRootElement().getAttributeValue("lang", Namespace.XML_NAMESPACE));
            }
            return feed;
        } catch (FeedException e) {
            throw new InvalidFeedException(problem(e), e);
        } catch (IllegalArgumentException e) {
            // ROME's way of saying that well-formed XML matched none of its feed parsers
            throw new InvalidFeedException("expected an RSS or Atom feed, found another kind of XML document", e);
        }
    }

    private static Document read(InputStream xml, @Nullable String contentType) {
        // XmlReader picks the charset (BOM, prolog, Content-Type); XmlFixerReader turns HTML entities such as
        // &nbsp;, common in hand-made feeds, into character references, as ROME itself does for readers
        try (Reader reader = new XmlFixerReader(
                contentType == null ? new XmlReader(xml, true) : new XmlReader(xml, contentType, true))) {
            return new HardenedInput().read(reader);
        } catch (JDOMParseException e) {
            throw new InvalidFeedException(where(e) + problem(e), e);
        } catch (JDOMException | IOException e) {
            throw new InvalidFeedException(problem(e), e);
        } catch (IllegalArgumentException e) {
            // JDOM refusing a name or text the XML parser let through, such as a namespace URI with a leading space
            throw new InvalidFeedException(e.getMessage(), e);
        }
    }

    private static String where(JDOMParseException e) {
        if (e.getLineNumber() < 0) {
            return "";
        }
        return "line " + e.getLineNumber() + (e.getColumnNumber() < 0 ? "" : ", column " + e.getColumnNumber()) + ": ";
    }

    /** The XML parser's own sentence (it says what was expected), without JDOM's and ROME's wrapping. */
    private static String problem(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax && sax.getMessage() != null) {
                return sax.getMessage();
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Reaches ROME's hardened SAX set-up through the hook it offers subclasses, so that the XML document is at hand
     * for what ROME does not map (xml:lang).
     */
    private static final class HardenedInput extends WireFeedInput {

        /** The JDK's XML parser's limit on element depth (JAXP), beyond which it fails with line and column. */
        private static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";

        HardenedInput() {
            setAllowDoctypes(false);
        }

        Document read(Reader reader) throws JDOMException, IOException {
            SAXBuilder builder = createSAXBuilder();
            builder.setProperty(MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
            return builder.build(reader);
        }
    }
}
