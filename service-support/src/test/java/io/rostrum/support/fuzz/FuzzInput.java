package io.rostrum.support.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * Bytes a property feeds a parser, with where they came from, so that a failure report, which prints the falsifying
 * input, says what was tried and not only which seed to rerun.
 *
 * @param origin the sample and what was done to it, such as {@code tweets.js, cut at 812}
 */
public record FuzzInput(String origin, byte[] bytes) {

    private static final int PREVIEW_CHARS = 300;

    public static FuzzInput of(String origin, String text) {
        return new FuzzInput(origin, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes read as UTF-8, malformed sequences replaced, as a text parser would see them. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        String text = text();
        String preview = text.length() <= PREVIEW_CHARS ? text : text.substring(0, PREVIEW_CHARS) + "…";
        return origin + " (" + bytes.length + " bytes): " + preview.replace("\n", "\\n").replace("\r", "\\r");
    }
}
