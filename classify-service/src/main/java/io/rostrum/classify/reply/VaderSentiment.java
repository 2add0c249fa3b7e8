package io.rostrum.classify.reply;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import io.rostrum.events.Cue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sentiment by VADER (Hutto and Gilbert 2014), the rule-based model made for social media text, through the
 * library that bundles its lexicon. The cues are the reply's words that the same lexicon rates, strongest
 * first, so a reader sees which words moved the score.
 */
final class VaderSentiment {

    /** VADER's own thresholds on the compound score for calling a text positive or negative. */
    static final double POSITIVE = 0.05;
    static final double NEGATIVE = -0.05;
    private static final String LEXICON = "/vader_sentiment_lexicon.txt";
    private static final int CUES = 3;

    private final Map<String, Double> valences = lexicon();

    /** The compound score in [-1, 1]. */
    double compound(String text) {
        if (text.isBlank()) {
            return 0;
        }
        try {
            SentimentAnalyzer analyzer = new SentimentAnalyzer(text);
            analyzer.analyze();
            double compound = analyzer.getPolarity().get("compound");
            return Math.max(-1, Math.min(1, compound));
        } catch (IOException e) {
            throw new UncheckedIOException("VADER could not read the text", e);
        }
    }

    static String polarity(double compound) {
        return compound >= POSITIVE ? "positive" : compound <= NEGATIVE ? "negative" : "neutral";
    }

    List<Cue> cues(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'!:()<3-]+"))
                .distinct()
                .filter(valences::containsKey)
                .sorted(Comparator.comparingDouble((String word) -> Math.abs(valences.get(word))).reversed())
                .limit(CUES)
                .map(word -> new Cue("\u201c" + word + "\u201d", valences.get(word) > 0 ? "positive" : "negative",
                        valences.get(word)))
                .toList();
    }

    private static Map<String, Double> lexicon() {
        Map<String, Double> valences = new HashMap<>();
        try (InputStream in = VaderSentiment.class.getResourceAsStream(LEXICON)) {
            if (in == null) {
                throw new IllegalStateException("VADER's lexicon " + LEXICON + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t");
                if (fields.length >= 2) {
                    valences.put(fields[0], Double.parseDouble(fields[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return valences;
    }
}
