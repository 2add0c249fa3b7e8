package io.rostrum.support.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Byte sequences that parsers are known to trip over, to splice into valid samples: nesting far deeper than any
 * real document, numbers beyond every primitive type, malformed UTF-8, and the constructs of each format that a
 * hardened parser must refuse (a DOCTYPE, an unknown charset, an unclosed quote).
 */
final class Snippets {

    /**
     * Ten times Jackson's nesting limit, and deep enough to overflow a thread's stack in code that recurses per
     * level (ROME writing out a feed's elements did).
     */
    private static final int DEEP = 5_000;
    /** Twice the depth jsoup stops nesting HTML at; deeper only costs the suite time, jsoup being slow at depth. */
    private static final int DEEP_HTML = 1_000;

    /** Values that fit no int, long or double. */
    static final List<Snippet> NUMBERS = List.of(
            text("long-max-plus-one", "9223372036854775808"),
            text("long-min-minus-one", "-9223372036854775809"),
            text("int-max-plus-one", "2147483648"),
            text("400-digits", "1" + "0".repeat(400)),
            text("huge-exponent", "1e999999999"),
            text("tiny-exponent", "-1e-999999999"),
            text("double-overflow", "1.7976931348623157e309"),
            text("long-fraction", "0." + "0".repeat(400) + "1"));

    static final List<Snippet> ALL = List.of(
            NUMBERS.get(0), NUMBERS.get(3), NUMBERS.get(4), NUMBERS.get(7),
            text("deep-arrays", "[".repeat(DEEP) + "]".repeat(DEEP)),
            text("deep-arrays-unclosed", "[".repeat(DEEP)),
            text("deep-objects", "{\"a\":".repeat(DEEP)),
            text("deep-elements", "<a>".repeat(DEEP) + "</a>".repeat(DEEP)),
            text("deep-html-in-a-string", "\"" + "<b>".repeat(DEEP_HTML) + "x\""),
            text("deep-html-in-cdata", "<![CDATA[" + "<div>".repeat(DEEP_HTML) + "]]>"),
            bytes("invalid-utf8-2-byte", 0xC3, 0x28),
            bytes("invalid-utf8-continuation", 0xA0, 0xA1),
            bytes("invalid-utf8-overlong", 0xC0, 0xAF),
            bytes("invalid-utf8-surrogate", 0xED, 0xA0, 0x80),
            bytes("invalid-utf8-beyond-unicode", 0xF4, 0x90, 0x80, 0x80),
            bytes("invalid-utf8-ff", 0xFF),
            bytes("utf16-bom", 0xFE, 0xFF),
            bytes("utf8-bom", 0xEF, 0xBB, 0xBF),
            bytes("nul", 0x00),
            text("escaped-lone-surrogate", "\"\\ud800\""),
            text("escaped-nul", "\"\\u0000\""),
            text("null", "null"),
            text("true", "true"),
            text("empty-array", "[]"),
            text("empty-object", "{}"),
            text("empty-string", "\"\""),
            text("nan", "NaN"),
            text("negative-zero", "-0"),
            text("carriage-return", "\r"),
            text("doctype-with-entity", "<!DOCTYPE r [<!ENTITY e \"x\">]>"),
            text("entity-reference", "&e;"),
            text("character-reference-nul", "&#0;"),
            text("character-reference-beyond-unicode", "&#x110000;"),
            text("cdata-open", "<![CDATA["),
            text("cdata-close", "]]>"),
            text("unknown-charset", "\"x-unknown\""),
            text("illegal-charset-name", "\"bogus charset\""),
            text("utf16-charset", "\"UTF-16\""),
            text("quote", "\""),
            text("backslash-quote", "\\\""),
            text("empty-fields", ",,,,,,,,"),
            text("ytd-assignment", "window.YTD.tweets.part0 = "));

    private Snippets() {
    }

    /** A named sequence; the name is what a failure report shows. */
    record Snippet(String name, byte[] bytes) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Snippet text(String name, String text) {
        return new Snippet(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Snippet bytes(String name, int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return new Snippet(name, bytes);
    }
}
