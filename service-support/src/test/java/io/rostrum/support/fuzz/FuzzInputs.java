package io.rostrum.support.fuzz;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * What the fuzz properties feed the parsers: random input, valid samples cut short, and valid samples with a few
 * edits. Valid samples are the project's own fixtures of each format, so that most edits land deep inside a
 * document a parser accepts up to that point.
 */
public final class FuzzInputs {

    /** Issue 8: every parser takes at least 10,000 cases per property in CI. */
    public static final int TRIES = 10_000;

    private static final int MAX_RANDOM_LENGTH = 4_096;
    private static final int MAX_EDITS = 4;
    private static final int MAX_EDIT_SPAN = 64;

    private FuzzInputs() {
    }

    /**
     * Random bytes, random text of any characters, and random text over the samples' own characters, which looks
     * enough like the format (braces, quotes, angle brackets) to get past a parser's first checks.
     */
    public static Gen<FuzzInput> random(List<FuzzInput> samples) {
        List<Character> alphabet = samples.stream().map(FuzzInput::text).flatMapToInt(String::chars).distinct()
                .mapToObj(c -> (char) c).toList();
        return Generate.oneOf(
                Generate.byteArrays(lengths(), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))
                        .map(bytes -> new FuzzInput("random bytes", bytes)),
                strings().allPossible().ofLengthBetween(0, MAX_RANDOM_LENGTH)
                        .map(text -> FuzzInput.of("random text", text)),
                lists().of(arbitrary().pick(alphabet)).ofSizes(lengths())
                        .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()))
                        .map(text -> FuzzInput.of("random text over the samples' characters", text)));
    }

    /** Every cut point of each valid sample: the sample from its start to just before its end. */
    public static Cases<FuzzInput> truncations(List<FuzzInput> samples) {
        return Cases.concat(samples, sample -> new Cases<>(sample.bytes().length, cut -> new FuzzInput(
                sample.origin() + ", cut at " + cut, Arrays.copyOf(sample.bytes(), cut))));
    }

    /** A valid sample with one to four edits: bits flipped, bytes inserted, deleted or repeated, snippets added. */
    public static Gen<FuzzInput> mutations(List<FuzzInput> samples) {
        return arbitrary().pick(samples).zip(lists().of(edits()).ofSizeBetween(1, MAX_EDITS), (sample, edits) -> {
            byte[] bytes = sample.bytes();
            for (Edit edit : edits) {
                bytes = edit.apply(bytes);
            }
            return new FuzzInput(sample.origin() + " with " + edits, bytes);
        });
    }

    private static Gen<Integer> lengths() {
        return integers().between(0, MAX_RANDOM_LENGTH);
    }

    private static Gen<Edit> edits() {
        Gen<Double> at = doubles().fromZeroToOne();
        Gen<Integer> span = integers().between(1, MAX_EDIT_SPAN);
        return Generate.oneOf(
                at.<Integer, Edit>zip(integers().between(0, 7), Edit.FlipBit::new),
                at.<Byte, Edit>zip(Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0), Edit.InsertByte::new),
                at.<Integer, Edit>zip(span, Edit.Delete::new),
                at.<Integer, Edit>zip(span, Edit.Duplicate::new),
                at.<Snippets.Snippet, Edit>zip(arbitrary().pick(Snippets.ALL), Edit.Insert::new),
                at.<Snippets.Snippet, Edit>zip(arbitrary().pick(Snippets.NUMBERS), Edit.ReplaceNumber::new),
                at.<Snippets.Snippet, Edit>zip(arbitrary().pick(Snippets.ALL), Edit.ReplaceQuoted::new));
    }
}
