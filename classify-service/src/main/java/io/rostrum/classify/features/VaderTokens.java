package io.rostrum.classify.features;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A text as VADER's rules read it, split exactly as the VADER library 1.0 splits it: whitespace tokens of two or
 * more characters, each stripped of leading or trailing punctuation where what remains is a word (Lucene's standard
 * tokenizer decides what is a word), and whether some but not all tokens are shouted. The library strips by
 * scanning the whole token list once per word and punctuation mark, which made tokenising most of VADER's time;
 * this finds the same result from each token's own ends (decision 0020).
 */
record VaderTokens(List<String> tokens, boolean hasShouting) {

    private static final int SHORTEST_TOKEN = 2;
    /** The library's punctuation, in its order: where two strippings could apply, the earlier one wins. */
    private static final List<String> PUNCTUATION = List.of(".", "!", "?", ",", ";", ":", "-", "'", "\"", "!!",
            "!!!", "??", "???", "?!?", "!?!", "?!?!", "!?!?");
    /** The library tries, for each word, each mark as a suffix and then as a prefix. */
    private static final int RULES_PER_WORD = PUNCTUATION.size() * 2;

    static VaderTokens of(String text) {
        List<String> tokens = split(new WhitespaceTokenizer(), text);
        Map<String, List<Integer>> words = positions(split(new StandardTokenizer(), text));
        tokens.replaceAll(token -> stripped(token, words));
        long shouted = tokens.stream().filter(VaderTokens::isShouted).count();
        return new VaderTokens(tokens, shouted > 0 && shouted < tokens.size());
    }

    /**
     * The library's test for a shouted token: it has an ASCII letter, no lower-case letter, no line terminator
     * (its regular expression's dot stops at one), and is not an http link.
     */
    static boolean isShouted(String token) {
        if (token.toLowerCase().startsWith("http://")) {
            return false;
        }
        boolean hasLetter = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (isLineTerminator(c)) {
                return false;
            }
            hasLetter |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return hasLetter && token.chars().noneMatch(c -> Character.isLowerCase((char) c));
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The library applies its stripping rules in order (word by word as the words occur, mark by mark, suffix
     * before prefix), each to every token that equals the word with the mark; a token stripped by one rule can
     * still be stripped by a later one. This follows one token through the same sequence, jumping to the next rule
     * that matches it.
     */
    private static String stripped(String token, Map<String, List<Integer>> words) {
        String current = token;
        int lastRule = -1;
        while (true) {
            int nextRule = Integer.MAX_VALUE;
            String next = null;
            for (int mark = 0; mark < PUNCTUATION.size(); mark++) {
                String punctuation = PUNCTUATION.get(mark);
                if (current.endsWith(punctuation)) {
                    String word = current.substring(0, current.length() - punctuation.length());
                    int rule = firstRuleAfter(words.get(word), mark * 2, lastRule);
                    if (rule < nextRule) {
                        nextRule = rule;
                        next = word;
                    }
                }
                if (current.startsWith(punctuation)) {
                    String word = current.substring(punctuation.length());
                    int rule = firstRuleAfter(words.get(word), mark * 2 + 1, lastRule);
                    if (rule < nextRule) {
                        nextRule = rule;
                        next = word;
                    }
                }
            }
            if (next == null) {
                return current;
            }
            current = next;
            lastRule = nextRule;
        }
    }

    /** The number of the first rule after {@code lastRule} for this word and mark; none when the word is absent. */
    private static int firstRuleAfter(List<Integer> wordPositions, int ruleInWord, int lastRule) {
        if (wordPositions != null) {
            for (int position : wordPositions) {
                int rule = position * RULES_PER_WORD + ruleInWord;
                if (rule > lastRule) {
                    return rule;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Map<String, List<Integer>> positions(List<String> words) {
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            positions.computeIfAbsent(words.get(i), word -> new ArrayList<>()).add(i);
        }
        return positions;
    }

    private static List<String> split(Tokenizer tokenizer, String text) {
        List<String> tokens = new ArrayList<>();
        tokenizer.setReader(new StringReader(text));
        try (TokenStream stream = new LengthFilter(tokenizer, SHORTEST_TOKEN, Integer.MAX_VALUE)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene could not split an in-memory text", e);
        }
        return tokens;
    }
}
