package io.rostrum.classify.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits social text into lower-case tokens in one pass, without regular expressions (classification must
 * keep up with the stream). Links, mentions, numbers, amounts and percentages become class tokens because
 * their kind matters and their exact value does not; hashtags and emoji stay as they are, since cause tags
 * and celebration emoji carry meaning.
 */
final class Tokenizer {

    static final String LINK = "<link>";
    static final String MENTION = "<mention>";
    static final String NUMBER = "<number>";
    static final String AMOUNT = "<amount>";
    static final String PERCENT = "<percent>";

    private Tokenizer() {
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>(text.length() / 4 + 4);
        int length = text.length();
        int i = 0;
        while (i < length) {
            int codePoint = text.codePointAt(i);
            if (Character.isWhitespace(codePoint)) {
                i += Character.charCount(codePoint);
            } else if (isWordStart(codePoint)) {
                i = word(text, i, tokens);
            } else if (isPictograph(codePoint)) {
                tokens.add(new String(Character.toChars(codePoint)));
                i += Character.charCount(codePoint);
            } else if (codePoint == '?' || codePoint == '!') {
                tokens.add(String.valueOf((char) codePoint));
                i++;
            } else {
                i += Character.charCount(codePoint);
            }
        }
        return tokens;
    }

    private static boolean isWordStart(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || codePoint == '#' || codePoint == '@' || codePoint == '$'
                || codePoint == '€' || codePoint == '£';
    }

    private static boolean isPictograph(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.OTHER_SYMBOL && codePoint > 0x2000;
    }

    /** Reads one word-like run from {@code start} and returns where it ends. */
    private static int word(String text, int start, List<String> tokens) {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String raw = text.substring(start, end);
        if (raw.startsWith("http://") || raw.startsWith("https://") || raw.startsWith("www.")) {
            tokens.add(LINK);
            return end;
        }
        if (raw.charAt(0) == '@' && raw.length() > 1) {
            tokens.add(MENTION);
            return end;
        }
        // the word proper: letters, digits and inner apostrophes, dashes, dots and commas ("don't", "q3-24", "1,200")
        int wordEnd = start + 1;
        while (wordEnd < end && isWordPart(text, wordEnd, end)) {
            wordEnd++;
        }
        String word = text.substring(start, wordEnd).toLowerCase(Locale.ROOT).replace('’', '\'');
        tokens.add(classify(word, wordEnd < end && text.charAt(wordEnd) == '%'));
        if (wordEnd < end) {
            // trailing punctuation stays significant for questions and exclamations, and may start a new word
            tokens.addAll(tokens(text.substring(wordEnd, end)));
        }
        return end;
    }

    private static boolean isWordPart(String text, int at, int end) {
        char c = text.charAt(at);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        boolean joiner = c == '\'' || c == '’' || c == '-' || c == '.' || c == ',';
        return joiner && at + 1 < end && Character.isLetterOrDigit(text.charAt(at + 1))
                && Character.isLetterOrDigit(text.charAt(at - 1));
    }

    private static String classify(String word, boolean percentFollows) {
        char first = word.charAt(0);
        if (first == '$' || first == '€' || first == '£') {
            return AMOUNT;
        }
        if (percentFollows) {
            return PERCENT;
        }
        if (Character.isDigit(first)) {
            return NUMBER;
        }
        return word;
    }
}
