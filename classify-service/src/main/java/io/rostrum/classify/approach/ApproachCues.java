package io.rostrum.classify.approach;

import io.rostrum.events.Approach;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Words and phrases that signal each approach (the "typical cues" of TAXONOMY.md), with a weight each.
 * Phrases match on whole words of the lower-cased text.
 */
final class ApproachCues {

    record Cue(String phrase, double weight) {
    }

    static final Map<Approach, List<Cue>> CUES = Map.of(
            Approach.CELEBRATING, cues(1.0, "proud", "proud of", "celebrate", "celebrating", "milestone", "award",
                    "congratulations", "congrats", "thrilled", "delighted", "incredible", "amazing", "record year",
                    "honoured", "honored", "grateful", "kudos", "shout out", "shout-out", "🎉", "🏆", "🚀", "👏"),
            Approach.INFORMING, cues(1.0, "announce", "announced", "announcing", "today we", "results", "quarter",
                    "q1", "q2", "q3", "q4", "revenue", "report", "published", "launch", "launched", "launching",
                    "update", "percent", "%", "available", "release", "filing", "guidance", "figures", "data",
                    "read more", "details", "starting", "effective"),
            Approach.DIALOGUING, cues(1.2, "what do you think", "tell me", "tell us", "your thoughts", "ask me",
                    "ama", "poll", "feedback", "curious", "how would you", "what would you", "let me know",
                    "good question", "great question", "you asked", "to answer", "happy to discuss", "?"),
            Approach.FRAMING, cues(1.0, "we believe", "i believe", "the future of", "our mission", "purpose",
                    "values", "vision", "long term", "long-term", "why we", "this is about", "the real question",
                    "matters", "transformation", "fundamentally", "we stand for", "the way we see it"),
            Approach.MOBILIZING, cues(1.2, "join", "sign", "apply", "donate", "share",
                    "register", "volunteer", "pledge", "together we", "take part", "be part of", "help us",
                    "spread the word", "rsvp", "#"),
            Approach.OBFUSCATING, cues(1.3, "no comment", "can't comment", "cannot comment", "not going to comment",
                    "speculation", "rumours", "rumors", "fake news", "misleading", "noise", "in due course",
                    "at the appropriate time", "nothing to add", "let's not", "people will say", "not what it seems",
                    "remains to be seen", "we'll see", "no further", "all options", "context matters"));

    private ApproachCues() {
    }

    private static List<Cue> cues(double weight, String... phrases) {
        return Arrays.stream(phrases).map(phrase -> new Cue(phrase, weight)).toList();
    }
}
