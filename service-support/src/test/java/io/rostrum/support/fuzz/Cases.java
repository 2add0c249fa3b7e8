package io.rostrum.support.fuzz;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A finite, numbered set of inputs, such as every cut point of a few samples: {@link FuzzProperty} tries them all
 * when there are few enough, and a random choice of them otherwise. Each case is built when it is tried, so that a
 * set of thousands of cut copies of a file costs no memory.
 *
 * @param size how many cases there are
 * @param at   builds the case of a number from 0 to {@code size - 1}
 */
public record Cases<T>(int size, IntFunction<T> at) {

    public Cases {
        if (size < 1) {
            throw new IllegalArgumentException("no cases");
        }
    }

    /** The cases of each part, one part after the other. */
    public static <P, T> Cases<T> concat(List<P> parts, Function<P, Cases<T>> cases) {
        List<Cases<T>> each = parts.stream().map(cases).toList();
        int[] starts = new int[each.size()];
        int size = 0;
        for (int i = 0; i < each.size(); i++) {
            starts[i] = size;
            size = Math.addExact(size, each.get(i).size());
        }
        return new Cases<>(size, number -> {
            int found = Arrays.binarySearch(starts, number);
            int part = found >= 0 ? found : -found - 2;
            return each.get(part).at().apply(number - starts[part]);
        });
    }

    public <R> Cases<R> map(Function<? super T, ? extends R> mapper) {
        return new Cases<>(size, number -> mapper.apply(at.apply(number)));
    }

    /** A case chosen at random, for mixing into a larger generator. */
    public Gen<T> any() {
        return SourceDSL.integers().between(0, size - 1).map(at::apply);
    }
}
