package io.rostrum.classify.reply;

import io.rostrum.events.Cue;
import io.rostrum.events.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a stakeholder reply stands toward the executive, from its sentiment and a few tell-tale phrases. Rules
 * in a fixed order, because the stance needs to be predictable and explainable more than clever: hostility
 * first (an angry rhetorical question is criticism, not a question), then questions, then support.
 */
final class Stances {

    /** Compound sentiment at or beyond which a reply reads as criticism or support on its own. */
    static final double STRONG = 0.3;
    private static final Set<String> CRITICAL = Set.of("resign", "shame", "shameful", "boycott", "unacceptable",
            "hypocrisy", "hypocrite", "hypocritical", "tone-deaf", "tone deaf", "greed", "greedy", "lies", "lying",
            "spin", "pr stunt", "step down", "sure, jan", "cancel", "cancelled my", "never again", "disgrace",
            "out of touch", "who are you kidding", "meanwhile", "what about", "doesn't add up", "not buying",
            "walk the talk", "empty words", "again?", "laid off", "lost my job", "disagree", "respectfully",
            "still waiting", "answer the question", "just answer", "not a rebuttal", "stuck", "refund", "bounced",
            "nobody", "why won't", "why wouldn't", "you can say", "not what i want", "tiresome", "excuse",
            "excuses", "waiting for an answer", "no one", "how about", "dodging", "dodge");
    private static final Set<String> SUPPORTIVE = Set.of("congrats", "congratulations", "well done", "love this",
            "agree", "agreed", "bravo", "spot on", "count me in", "proud", "thank you", "thanks", "inspiring",
            "well deserved", "+1", "👏", "🙌", "❤️", "💯", "🔥", "great work", "keep going", "so true", "i'm in",
            "strongly agree", "signed", "shared", "backed", "love", "lovely", "excited", "welcome", "glad",
            "can't believe i get", "honoured", "honored");

    record Judgement(Stance stance, List<Cue> cues) {
    }

    Judgement judge(String text, double compound) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> critical = found(lower, CRITICAL);
        List<String> supportive = found(lower, SUPPORTIVE);
        if (compound <= -STRONG || (!critical.isEmpty() && compound < STRONG)) {
            return judged(Stance.CRITICAL, critical, compound);
        }
        if (lower.contains("?")) {
            return new Judgement(Stance.QUESTION, List.of(new Cue("asks a question", Stance.QUESTION.id(), 1)));
        }
        if (compound >= STRONG || !supportive.isEmpty()) {
            return judged(Stance.SUPPORTIVE, supportive, compound);
        }
        return new Judgement(Stance.NEUTRAL, List.of());
    }

    private static Judgement judged(Stance stance, List<String> phrases, double compound) {
        List<Cue> cues = new ArrayList<>();
        phrases.forEach(phrase -> cues.add(new Cue("\u201c" + phrase + "\u201d", stance.id(), 1)));
        if (Math.abs(compound) >= STRONG) {
            cues.add(new Cue("sentiment " + compound, stance.id(), Math.abs(compound)));
        }
        return new Judgement(stance, cues);
    }

    private static List<String> found(String text, Set<String> phrases) {
        return phrases.stream().filter(phrase -> contains(text, phrase)).sorted().toList();
    }

    /** Whole-word containment, so "spin" does not fire inside "spinning up" and "agree" not in "disagree". */
    private static boolean contains(String text, String phrase) {
        int from = 0;
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            int end = at + phrase.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
            if (startsWord && endsWord) {
                return true;
            }
            from = at + 1;
        }
    }
}
