package io.rostrum.classify.features;

import com.vader.sentiment.util.Utils;
import java.util.List;
import java.util.Map;

/**
 * VADER's rules for the valence of each token: the lexicon's value, raised for shouting, moved by the boosters
 * and negations up to three tokens before it, replaced by an idiom's value, and weighted around "but". The rules
 * and their float arithmetic are those of the VADER library's {@code SentimentAnalyzer} 1.0, quirks included (a
 * repeated token takes the position of its first occurrence), so the compound scores the reply models were trained
 * on come out bit for bit the same; the library formats a debug message with {@code String.format} at every step
 * even with debug logging off, which was half of classify's CPU time (decision 0020).
 */
final class VaderTokenValences {

    private static final float SHOUTING = 0.733f;
    private static final float NEGATION = -0.74f;
    private static final float NEVER_SO_ONE_BACK = 1.5f;
    private static final float NEVER_SO_TWO_BACK = 1.25f;
    private static final float[] BOOSTER_DISTANCE_WEIGHT = {1f, 0.95f, 0.9f};
    private static final float BOOSTER_BIGRAM_DAMPING = -0.293f;
    private static final float BEFORE_BUT = 0.5f;
    private static final float AFTER_BUT = 1.5f;
    private static final int WINDOW = 3;

    private final Map<String, Float> lexicon = Utils.getWordValenceDictionary();
    private final Map<String, Float> boosters = Utils.getBoosterDictionary();
    private final Map<String, Float> idioms = Utils.getSentimentLadenIdioms();

    /** The valence of each token, in order, with "but" already applied. */
    float[] of(List<String> tokens, boolean hasShouting) {
        float[] valences = new float[tokens.size()];
        for (int k = 0; k < valences.length; k++) {
            String token = tokens.get(k);
            valences[k] = valence(token, tokens.indexOf(token), tokens, hasShouting);
        }
        weightAroundBut(tokens, valences);
        return valences;
    }

    private float valence(String token, int position, List<String> tokens, boolean hasShouting) {
        String lower = token.toLowerCase();
        boolean kindOf = position < tokens.size() - 1 && lower.equals("kind")
                && tokens.get(position + 1).toLowerCase().equals("of");
        Float base = lexicon.get(lower);
        if (kindOf || boosters.containsKey(lower) || base == null) {
            return 0f;
        }
        float valence = base;
        if (VaderTokens.isShouted(token) && hasShouting) {
            valence = valence > 0f ? valence + SHOUTING : valence - SHOUTING;
        }
        for (int distance = 0; distance < WINDOW; distance++) {
            int before = position - (distance + 1);
            if (position > distance && !lexicon.containsKey(tokens.get(before).toLowerCase())) {
                valence += boost(tokens.get(before), valence, hasShouting) * BOOSTER_DISTANCE_WEIGHT[distance];
                valence = negated(valence, distance, position, before, tokens);
                if (distance == WINDOW - 1) {
                    valence = idiomatic(valence, position, tokens);
                }
            }
        }
        return atLeast(valence, position, tokens);
    }

    /** The booster's push on a valence, in the valence's direction; zero when the token is no booster. */
    private float boost(String token, float valence, boolean hasShouting) {
        Float scalar = boosters.get(token.toLowerCase());
        if (scalar == null) {
            return 0f;
        }
        float boost = valence < 0f ? -scalar : scalar;
        if (VaderTokens.isShouted(token) && hasShouting) {
            boost = valence > 0f ? boost + SHOUTING : boost - SHOUTING;
        }
        return boost;
    }

    private static float negated(float valence, int distance, int position, int before, List<String> tokens) {
        if (distance == 1 && tokens.get(position - 2).equals("never")
                && (tokens.get(position - 1).equals("so") || tokens.get(position - 1).equals("never"))) {
            return valence * NEVER_SO_ONE_BACK;
        }
        if (distance == 2 && (tokens.get(position - 3).equals("never") && isSoOrThis(tokens.get(position - 2))
                || isSoOrThis(tokens.get(position - 1)))) {
            return valence * NEVER_SO_TWO_BACK;
        }
        return isNegation(tokens.get(before)) ? valence * NEGATION : valence;
    }

    private static boolean isSoOrThis(String token) {
        return token.equals("so") || token.equals("this");
    }

    private static boolean isNegation(String token) {
        return Utils.NEGATIVE_WORDS.contains(token) || token.endsWith("n't");
    }

    private float idiomatic(float valence, int position, List<String> tokens) {
        String current = tokens.get(position);
        String oneBack = tokens.get(position - 1);
        String twoBack = tokens.get(position - 2);
        String threeBack = tokens.get(position - 3);
        String bigramBefore = twoBack + " " + oneBack;
        String bigramTwoBefore = threeBack + " " + twoBack;
        float result = valence;
        for (String gram : List.of(oneBack + " " + current, twoBack + " " + oneBack + " " + current, bigramBefore,
                threeBack + " " + twoBack + " " + oneBack, bigramTwoBefore)) {
            Float idiom = idioms.get(gram);
            if (idiom != null) {
                result = idiom;
                break;
            }
        }
        if (tokens.size() - 1 > position) {
            result = idioms.getOrDefault(current + " " + tokens.get(position + 1), result);
        }
        if (tokens.size() - 1 > position + 1) {
            result = idioms.getOrDefault(current + " " + tokens.get(position + 1) + " " + tokens.get(position + 2),
                    result);
        }
        if (boosters.containsKey(bigramTwoBefore) || boosters.containsKey(bigramBefore)) {
            result += BOOSTER_BIGRAM_DAMPING;
        }
        return result;
    }

    /** "least" before a word negates it, except in "at least" and "very least". */
    private float atLeast(float valence, int position, List<String> tokens) {
        if (position > 1 && !lexicon.containsKey(tokens.get(position - 1).toLowerCase())
                && tokens.get(position - 1).toLowerCase().equals("least")) {
            String twoBack = tokens.get(position - 2).toLowerCase();
            return twoBack.equals("at") || twoBack.equals("very") ? valence : valence * NEGATION;
        }
        if (position > 0 && !lexicon.containsKey(tokens.get(position - 1).toLowerCase())
                && tokens.get(position - 1).equals("least")) {
            return valence * NEGATION;
        }
        return valence;
    }

    /** Sentiment after "but" counts more than before it. */
    private static void weightAroundBut(List<String> tokens, float[] valences) {
        int but = tokens.indexOf("but");
        if (but < 0) {
            but = tokens.indexOf("BUT");
        }
        if (but < 0) {
            return;
        }
        for (int k = 0; k < valences.length; k++) {
            if (k < but) {
                valences[k] *= BEFORE_BUT;
            } else if (k > but) {
                valences[k] *= AFTER_BUT;
            }
        }
    }
}
