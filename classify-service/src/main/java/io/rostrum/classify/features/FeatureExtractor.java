package io.rostrum.classify.features;

import io.rostrum.events.Approach;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The features of one post, as the names the models are trained on. Prefixes say what kind of evidence a
 * feature is ({@link FeatureNames} turns them back into readable cues):
 * {@code w:} a word, {@code b:} a pair of words, {@code cue:} a taxonomy cue phrase, {@code cues:} that the
 * post has cues of an approach, {@code s:} the post's shape, {@code ctx:} its place in a thread.
 */
public final class FeatureExtractor {

    private static final int SHORT_TOKENS = 15;
    private static final int LONG_TOKENS = 60;
    /** Words this long or longer count as content when comparing a reply with what it answers. */
    private static final int CONTENT_WORD_LENGTH = 4;
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "you're", "yours", "you've", "you'll");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "our", "us", "we're", "we've", "we'll", "ours");
    private static final Set<String> FIRST_SINGULAR = Set.of("i", "my", "me", "i'm", "i've", "i'll", "i'd");

    public String[] features(PostInput input) {
        List<String> tokens = Tokenizer.tokens(input.text());
        Set<String> features = new LinkedHashSet<>(tokens.size() * 4);
        words(tokens, features);
        cues(tokens, features);
        shape(tokens, features);
        thread(input, tokens, features);
        return features.toArray(String[]::new);
    }

    private static void words(List<String> tokens, Set<String> features) {
        String previous = null;
        for (String token : tokens) {
            features.add("w:" + token);
            if (previous != null) {
                features.add("b:" + previous + " " + token);
            }
            previous = token;
        }
    }

    private static void cues(List<String> tokens, Set<String> features) {
        int[] cuesPerApproach = new int[Approach.values().length];
        StringBuilder words = new StringBuilder();
        for (int start = 0; start < tokens.size(); start++) {
            if (!CueLexicon.canStartPhrase(tokens.get(start))) {
                continue;
            }
            words.setLength(0);
            for (int n = 0; n < CueLexicon.LONGEST_PHRASE && start + n < tokens.size(); n++) {
                if (n > 0) {
                    words.append(' ');
                }
                words.append(tokens.get(start + n));
                String candidate = words.toString();
                boolean phrase = n > 0;
                CueLexicon.approachOf(candidate).ifPresent(approach -> {
                    // a one-word cue is already a word feature; only phrases need a feature of their own
                    if (!phrase || features.add("cue:" + candidate)) {
                        cuesPerApproach[approach.ordinal()]++;
                    }
                });
            }
        }
        for (Approach approach : Approach.values()) {
            int count = cuesPerApproach[approach.ordinal()];
            if (count > 0) {
                features.add("cues:" + approach.id());
            }
            if (count > 2) {
                features.add("cues:" + approach.id() + ":many");
            }
        }
        if (!tokens.isEmpty() && CueLexicon.approachOf(tokens.get(0)).filter(Approach.MOBILIZING::equals).isPresent()) {
            features.add("s:opens-with-call-to-action");
        }
    }

    private static void shape(List<String> tokens, Set<String> features) {
        int exclamations = 0;
        int hashtags = 0;
        for (String token : tokens) {
            switch (token) {
                case "?" -> features.add("s:asks");
                case "!" -> exclamations++;
                case Tokenizer.LINK -> features.add("s:link");
                case Tokenizer.MENTION -> features.add("s:mention");
                case Tokenizer.NUMBER, Tokenizer.AMOUNT, Tokenizer.PERCENT -> features.add("s:figures");
                default -> {
                    if (token.charAt(0) == '#') {
                        hashtags++;
                    } else if (SECOND_PERSON.contains(token)) {
                        features.add("s:you");
                    } else if (FIRST_PLURAL.contains(token)) {
                        features.add("s:we");
                    } else if (FIRST_SINGULAR.contains(token)) {
                        features.add("s:i");
                    } else if (!Character.isLetterOrDigit(token.codePointAt(0))) {
                        features.add("s:emoji");
                    }
                }
            }
        }
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).equals("?")) {
            features.add("s:ends-with-question");
        }
        if (!tokens.isEmpty() && tokens.get(0).equals(Tokenizer.MENTION)) {
            features.add("s:opens-with-mention");
        }
        if (exclamations > 0) {
            features.add(exclamations > 1 ? "s:exclaims-repeatedly" : "s:exclaims");
        }
        if (hashtags > 0) {
            features.add(hashtags > 2 ? "s:hashtags-many" : "s:hashtags");
        }
        features.add(tokens.size() < SHORT_TOKENS ? "s:short" : tokens.size() > LONG_TOKENS ? "s:long" : "s:medium");
    }

    private static void thread(PostInput input, List<String> tokens, Set<String> features) {
        if (!input.reply()) {
            features.add("ctx:top-level");
            return;
        }
        features.add("ctx:reply");
        String parent = input.inReplyToText();
        if (parent == null || parent.isBlank()) {
            return;
        }
        List<String> parentTokens = Tokenizer.tokens(parent);
        if (parentTokens.contains("?")) {
            features.add("ctx:answers-a-question");
        }
        Set<String> parentWords = new HashSet<>();
        for (String token : parentTokens) {
            if (token.length() >= CONTENT_WORD_LENGTH) {
                parentWords.add(token);
            }
        }
        long shared = tokens.stream().filter(token -> token.length() >= CONTENT_WORD_LENGTH)
                .distinct().filter(parentWords::contains).count();
        features.add(shared >= 2 ? "ctx:takes-up-their-words" : shared == 0 ? "ctx:ignores-their-words"
                : "ctx:touches-their-words");
    }
}
