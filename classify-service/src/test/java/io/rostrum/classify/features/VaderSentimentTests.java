package io.rostrum.classify.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import com.vader.sentiment.processor.TextProperties;
import com.vader.sentiment.util.Utils;
import io.rostrum.classify.model.LabelledExamples;
import io.rostrum.classify.model.LabelledReply;
import io.rostrum.events.Polarity;
import io.rostrum.support.fuzz.FuzzProperty;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Our VADER rules give exactly the library's compound score, the value the reply models were trained on: on every
 * text of the corpus, and on generated texts dense with what the rules react to (boosters, negations, "never so",
 * "kind of", "at least", "but", idioms, shouting, exclamation and question marks, punctuation around words).
 */
class VaderSentimentTests {

    private static final int LEXICON_SAMPLE = 400;
    private static final int MOST_TOKENS = 24;

    private final VaderSentiment vader = new VaderSentiment();

    @Test
    void scoresEveryCorpusTextExactlyAsTheLibrary() {
        List<String> texts = corpusTexts();
        assertThat(texts).hasSizeGreaterThan(3_000);

        assertThat(texts).allSatisfy(this::readsAsTheLibrary);
    }

    @Test
    void scoresGeneratedTextsExactlyAsTheLibrary() {
        FuzzProperty.forAll(texts(), this::readsAsTheLibrary);
    }

    /** A Hebrew word may end in an apostrophe, so one token can be stripped twice: "שלום'!" to "שלום'" to "שלום". */
    @Test
    void stripsPunctuationInTheLibrarysOrder() throws IOException {
        for (String text : List.of("שלום'! שלום", "שלום שלום'!", "'שלום' שלום' GREAT!")) {
            readsAsTheLibrary(text);
        }
        assertThat(VaderTokens.of("שלום'! שלום").tokens()).containsExactly("שלום", "שלום");
    }

    private void readsAsTheLibrary(String text) throws IOException {
        TextProperties library = new TextProperties(text);
        VaderTokens ours = VaderTokens.of(text);
        assertThat(ours.tokens()).as(text).isEqualTo(library.getWordsAndEmoticons());
        assertThat(ours.hasShouting()).as(text).isEqualTo(library.isCapDiff());
        assertThat(vader.compound(text)).as(text).isEqualTo(library(text));
    }

    @Test
    void readsTheSignOfPlainSentences() {
        assertThat(VaderSentiment.polarity(vader.compound("This is a great, wonderful result!")))
                .isEqualTo(Polarity.POSITIVE);
        assertThat(VaderSentiment.polarity(vader.compound("This is not great, it is a terrible result.")))
                .isEqualTo(Polarity.NEGATIVE);
        assertThat(vader.compound("The meeting is on Tuesday.")).isZero();
        assertThat(vader.compound("  ")).isZero();
    }

    /** The library's own answer: its analyzer, debug formatting and all. */
    private static double library(String text) throws IOException {
        SentimentAnalyzer analyzer = new SentimentAnalyzer(text);
        analyzer.analyze();
        return Math.max(-1, Math.min(1, analyzer.getPolarity().get("compound")));
    }

    private static List<String> corpusTexts() {
        List<String> texts = new ArrayList<>();
        for (String posts : List.of("corpus/train.jsonl", "corpus/test.jsonl")) {
            LabelledExamples.read(Path.of(posts)).forEach(post -> texts.add(post.text()));
        }
        for (String replies : List.of("corpus/reply-train.jsonl", "corpus/replies.jsonl")) {
            for (LabelledReply reply : LabelledExamples.read(Path.of(replies), LabelledReply.class)) {
                texts.add(reply.text());
                texts.add(reply.parentText());
            }
        }
        return texts;
    }

    /** The words the rules look for around a sentiment word, drawn often so that their combinations occur. */
    private static final List<String> RULE_WORDS = List.of("never", "so", "this", "kind", "of", "at", "least",
            "very", "but", "not", "isn't", "don't", "extremely", "barely", "the", "a");
    private static final List<String> SENTIMENT_WORDS = List.of("good", "bad", "great", "terrible", "love", "hate",
            "happy", "sad", "nice", "worst");

    /** Tokens at the edges of the library's tokenizing: links, line terminators, quotes, numbers, scripts. */
    private static final List<String> ODD_TOKENS = List.of("http://example.com/GREAT", "HTTPS://X.CO", "A\u0085B",
            "GOOD\u2028", "don't", "rock'n'roll", "e.g.", "3.14", "1,000", "a:b", "x", "I", "OK", "😀", "naïve",
            "CAFÉ", "good-bad", "#great", "@bad", "$500M", "שלום'", "שלום");

    /** Sentences of tokens from the words VADER's rules name, some shouted, some followed by punctuation. */
    private static Gen<String> texts() {
        Gen<String> prefixes = arbitrary().pick(List.of("", "", "", "", "\"", "'", "-", "!?!", "...", "("));
        Gen<String> suffixes = arbitrary().pick(List.of("", "", "", "", "!", "?", ",", ".", "!!", "?!", "'", "\"",
                "...", ")", "?!?!", "-"));
        Gen<String> words = Generate.oneOf(arbitrary().pick(RULE_WORDS), arbitrary().pick(SENTIMENT_WORDS),
                arbitrary().pick(vocabulary()), arbitrary().pick(ODD_TOKENS));
        Gen<String> token = words.zip(booleans().all(), prefixes, suffixes,
                (word, shout, prefix, suffix) -> prefix + (shout ? word.toUpperCase(Locale.ROOT) : word) + suffix);
        Gen<String> separators = arbitrary().pick(List.of(" ", " ", " ", " ", "  ", "\n", " - "));
        return lists().of(token.zip(separators, String::concat)).ofSizeBetween(1, MOST_TOKENS)
                .map(tokens -> String.join("", tokens).strip());
    }

    private static List<String> vocabulary() {
        TreeSet<String> words = new TreeSet<>();
        Utils.getWordValenceDictionary().keySet().stream().sorted().limit(LEXICON_SAMPLE).forEach(words::add);
        Stream.concat(Utils.getBoosterDictionary().keySet().stream(),
                        Utils.getSentimentLadenIdioms().keySet().stream())
                .flatMap(phrase -> Arrays.stream(phrase.split(" "))).forEach(words::add);
        words.addAll(Utils.NEGATIVE_WORDS);
        words.addAll(RULE_WORDS);
        words.addAll(SENTIMENT_WORDS);
        words.addAll(List.of("we", "you", ":)", ":(", "<3"));
        return List.copyOf(words);
    }
}
