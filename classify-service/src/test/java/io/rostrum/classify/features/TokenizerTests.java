package io.rostrum.classify.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTests {

    @Test
    void turnsLinksMentionsAndFiguresIntoClassTokens() {
        assertThat(Tokenizer.tokens("@dana_k revenue up 12% to $4.1bn, see https://ir.example.com/q3 (page 2)"))
                .containsExactly("<mention>", "revenue", "up", "<percent>", "to", "<amount>", "see", "<link>",
                        "page", "<number>");
    }

    @Test
    void keepsHashtagsEmojiQuestionsAndInnerApostrophes() {
        assertThat(Tokenizer.tokens("Don’t miss it! #ClimateWeek 🎉 What's next?"))
                .containsExactly("don't", "miss", "it", "!", "#climateweek", "🎉", "what's", "next", "?");
    }

    @Test
    void splitsPunctuationThatJoinsNothing() {
        assertThat(Tokenizer.tokens("long-term...growth, not 1,200 -- jobs")).containsExactly("long-term", "growth",
                "not", "<number>", "jobs");
    }

    @Test
    void readsEmptyAndSymbolOnlyTextAsNoTokens() {
        assertThat(Tokenizer.tokens("")).isEmpty();
        assertThat(Tokenizer.tokens(" ... --- ")).isEmpty();
    }
}
