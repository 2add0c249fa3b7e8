package io.rostrum.classify.approach;

import io.rostrum.events.Approach;
import io.rostrum.events.Direction;
import io.rostrum.events.Purpose;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Purpose and direction follow from the approach probabilities through the taxonomy's default mapping
 * (TAXONOMY.md): each approach lends its probability to its purpose and its direction, and the larger
 * total wins. A post that is 40% framing and 35% mobilizing is social influence toward convergence even
 * if its single most likely approach were informing at 45%.
 */
final class Dimensions {

    private Dimensions() {
    }

    static Purpose purpose(Map<Approach, Double> probabilities) {
        return heaviest(probabilities, Approach::defaultPurpose, Purpose.class);
    }

    static Direction direction(Map<Approach, Double> probabilities) {
        return heaviest(probabilities, Approach::defaultDirection, Direction.class);
    }

    private static <D extends Enum<D>> D heaviest(Map<Approach, Double> probabilities, Function<Approach, D> mapping,
                                                  Class<D> dimension) {
        Map<D, Double> totals = new EnumMap<>(dimension);
        probabilities.forEach((approach, probability) -> totals.merge(mapping.apply(approach), probability, Double::sum));
        return totals.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
