package io.rostrum.classify.reply;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A small valence lexicon with VADER's normalisation (x / sqrt(x² + 15)) and its rule that a negator within
 * the three preceding words flips a word's valence. A first scorer; the classification issue brings full VADER.
 */
final class SentimentLexicon {

    private static final double ALPHA = 15;
    private static final double NEGATION_FACTOR = -0.74;
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "isn't", "aren't", "wasn't", "don't",
            "doesn't", "didn't", "can't", "won't", "nothing", "hardly");
    private static final Map<String, Double> VALENCE = Stream.of(
            valence(2.5, "congratulations", "congrats", "excellent", "outstanding", "brilliant", "fantastic",
                    "amazing", "love", "inspiring", "superb", "bravo"),
            valence(1.8, "great", "proud", "impressive", "thanks", "thank", "grateful", "exciting", "excited",
                    "happy", "glad", "well", "helpful", "strong", "win", "welcome", "promising", "smart"),
            valence(1.0, "good", "nice", "interesting", "solid", "fair", "clear", "useful", "encouraging", "hope"),
            valence(-1.0, "concern", "concerned", "worried", "unclear", "confusing", "slow", "doubt", "vague",
                    "expensive", "late", "missing"),
            valence(-1.8, "bad", "poor", "disappointed", "disappointing", "broken", "fail", "failed", "failure",
                    "outage", "angry", "frustrated", "frustrating", "unacceptable", "misleading", "evasive"),
            valence(-2.5, "terrible", "awful", "worst", "disgrace", "disgraceful", "shameful", "pathetic", "lies",
                    "liar", "lying", "greed", "greedy", "hypocrisy", "hypocrite", "incompetent", "furious", "scam"))
            .flatMap(map -> map.entrySet().stream())
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    double compound(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        double sum = 0;
        for (int i = 0; i < words.length; i++) {
            Double valence = VALENCE.get(words[i]);
            if (valence != null) {
                sum += negated(words, i) ? valence * NEGATION_FACTOR : valence;
            }
        }
        return sum / Math.sqrt(sum * sum + ALPHA);
    }

    private static boolean negated(String[] words, int index) {
        for (int i = Math.max(0, index - 3); i < index; i++) {
            if (NEGATORS.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Double> valence(double value, String... words) {
        return Stream.of(words).collect(Collectors.toMap(word -> word, word -> value));
    }
}
