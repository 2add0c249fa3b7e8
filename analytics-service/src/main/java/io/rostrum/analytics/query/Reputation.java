package io.rostrum.analytics.query;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The reputation score, -100..100: 100 × Σ cᵢwᵢ / Σ wᵢ over the stakeholder replies of the seven days ending on
 * {@code to}, cᵢ the reply's VADER compound and wᵢ = ln(1 + its author's followers), so a reply from a large
 * audience weighs more but not proportionally more. Shown with its components; no score without any weight.
 */
public record Reputation(LocalDate from, LocalDate to, @Nullable Double score, double weightedSum,
                         double weightTotal, long replies, long positive, long negative, long neutral) {

    private static final double SCALE = 100;

    static Reputation of(Window window, ReplySums sums) {
        return new Reputation(window.from(), window.to(),
                sums.weightTotal() > 0 ? SCALE * sums.weightedSum() / sums.weightTotal() : null,
                sums.weightedSum(), sums.weightTotal(), sums.replies(), sums.sentiment().positive(),
                sums.sentiment().negative(), sums.sentiment().neutral());
    }
}
