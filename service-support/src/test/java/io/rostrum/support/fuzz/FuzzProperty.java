package io.rostrum.support.fuzz;

import static org.quicktheories.QuickTheory.qt;

import org.quicktheories.core.Configuration;
import org.quicktheories.core.Gen;

/**
 * Runs a fuzz property inside an ordinary JUnit test: {@link FuzzInputs#TRIES} inputs, each handed to a check that
 * throws when the parser misbehaved. A failure names the input that falsified the property and, for random
 * inputs, the seed that produced it.
 */
public final class FuzzProperty {

    /**
     * Fixed, so that every build tries the same inputs and a failure in CI fails the same way on a laptop;
     * {@code -DQT_SEED=...} (QuickTheories' own setting) replays another run's seed or explores new inputs.
     */
    public static final long SEED = Long.getLong(Configuration.SEED, 20_261_126L);
    /** Each shrink step parses again, and a hang costs a whole deadline: enough steps to trim, not to stall. */
    private static final int SHRINK_CYCLES = 200;

    private FuzzProperty() {
    }

    /** What must hold for one input; it may throw anything, which fails the property with that input. */
    @FunctionalInterface
    public interface Check<T> {
        void run(T input) throws Exception;
    }

    /** Random inputs, shrunk towards a smaller one that still fails. */
    public static <T> void forAll(Gen<T> inputs, Check<T> check) {
        qt().withExamples(FuzzInputs.TRIES).withFixedSeed(SEED).withShrinkCycles(SHRINK_CYCLES)
                .forAll(inputs).checkAssert(input -> {
                    try {
                        check.run(input);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }

    /** Every case when there are no more than {@link FuzzInputs#TRIES}, in order; else that many at random. */
    public static <T> void forAll(Cases<T> cases, Check<T> check) {
        if (cases.size() > FuzzInputs.TRIES) {
            forAll(cases.any(), check);
            return;
        }
        for (int number = 0; number < cases.size(); number++) {
            T input = cases.at().apply(number);
            try {
                check.run(input);
            } catch (Exception | Error e) {
                throw new AssertionError("Property falsified by case " + number + " of " + cases.size()
                        + ", all tried in order:" + System.lineSeparator() + input, e);
            }
        }
    }
}
