package io.rostrum.classify.features;

import io.rostrum.events.Approach;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The taxonomy's typical cues for each approach (TAXONOMY.md), as phrases of up to four tokens. They are
 * features, not rules: training decides how much each one counts, and the corpus shows where they mislead
 * (a celebrating post that says "announce", a framing post that asks a question). Phrases are written as the
 * tokenizer sees text: lower case, numbers as {@code <number>}, no punctuation.
 */
final class CueLexicon {

    static final int LONGEST_PHRASE = 4;

    private static final Map<String, Approach> PHRASES = new HashMap<>();
    /** First words of the cue phrases: a phrase is looked up only where one can start. */
    private static final Set<String> FIRST_WORDS = new HashSet<>();

    static {
        add(Approach.CELEBRATING, "proud", "so proud", "proud of", "incredibly proud", "celebrate", "celebrating",
                "milestone", "award", "awarded", "congratulations", "congrats", "thrilled", "delighted", "honoured",
                "honored", "kudos", "shout out", "hats off", "well deserved", "record year", "record quarter",
                "what a year", "what a week", "what a team", "couldn't be prouder", "humbled", "recognised",
                "recognized", "named one of", "best ever", "hit", "crossed", "anniversary", "🎉", "🥳", "🏆",
                "🚀", "👏", "🙌", "🥂", "🎊", "thank you team", "amazing team", "incredible team", "!");
        add(Approach.INFORMING, "announce", "announced", "announcing", "today we", "results", "quarter", "q1", "q2",
                "q3", "q4", "revenue", "report", "published", "launch", "launched", "update", "available",
                "release", "filing", "guidance", "figures", "effective", "appointed", "will join", "joins us as",
                "starting", "read the", "full report", "details", "at <link>", "<percent>", "<amount>", "year on year",
                "year over year", "fiscal", "earnings", "rolled out", "now live", "as of", "timeline", "schedule");
        add(Approach.DIALOGUING, "what do you think", "tell me", "tell us", "your thoughts", "ask me anything",
                "ama", "poll", "feedback", "curious", "how would you", "what would you", "let me know",
                "good question", "great question", "fair question", "you asked", "to answer", "you're right",
                "fair point", "good point", "happy to discuss", "dm me", "in the comments", "i'd love to hear",
                "love to hear", "would love your", "what am i missing", "which would you", "agree or disagree",
                "thanks for asking", "?", "you raise", "i hear you", "we hear you", "drop a comment");
        add(Approach.FRAMING, "we believe", "i believe", "the future of", "our mission", "mission", "purpose",
                "values", "vision", "long term", "long-term", "why we", "this is about", "the real question",
                "matters", "fundamentally", "we stand for", "the way i see it", "here's how i think", "the lesson",
                "the point is", "not about", "it's about", "the next decade", "the industry", "shift", "era",
                "narrative", "principle", "principles", "north star", "what we owe", "reframe", "the bigger picture",
                "means for", "we must", "the question isn't");
        add(Approach.MOBILIZING, "join", "join us", "sign", "sign up", "sign the", "apply", "donate", "share",
                "register", "volunteer", "pledge", "together we", "take part", "be part of", "help us",
                "spread the word", "rsvp", "add your name", "show up", "stand with", "get involved", "call on",
                "calling on", "we need you", "raise your hand", "nominate", "enrol", "enroll", "commit to",
                "link in bio", "deadline", "movement", "campaign", "petition");
        add(Approach.OBFUSCATING, "no comment", "can't comment", "cannot comment", "not going to comment",
                "won't comment", "don't comment", "speculation", "speculate", "rumours", "rumors", "fake news",
                "misleading", "noise", "in due course", "at the appropriate time", "nothing to add", "let's not",
                "not what it seems", "remains to be seen", "we'll see", "no further", "all options",
                "context matters", "out of context", "inaccurate", "not accurate", "hit piece", "clickbait",
                "nothing to see", "move on", "focus on the positives", "let's focus", "lots of moving parts",
                "it's complicated", "too early to say", "synergies", "right-sizing", "realignment",
                "optimisation", "optimization", "headwinds", "haters", "critics", "lol", "😂", "🤷");
    }

    private CueLexicon() {
    }

    private static void add(Approach approach, String... phrases) {
        for (String phrase : phrases) {
            FIRST_WORDS.add(phrase.split(" ")[0]);
            Approach previous = PHRASES.put(phrase, approach);
            if (previous != null) {
                throw new IllegalStateException("cue '" + phrase + "' is listed for " + previous + " and " + approach);
            }
        }
    }

    static boolean canStartPhrase(String token) {
        return FIRST_WORDS.contains(token);
    }

    /** The approach a phrase of tokens (joined by single spaces) is a typical cue of, if any. */
    static Optional<Approach> approachOf(String phrase) {
        return Optional.ofNullable(PHRASES.get(phrase));
    }
}
