package io.rostrum.analytics.query;

import org.jspecify.annotations.Nullable;

/**
 * How the executive answers stakeholders.
 *
 * @param answeredWithin48h distinct stakeholder replies the executive answered within 48 hours, over all
 *                          stakeholder replies in the same span
 * @param medianAnswerSeconds median time from a stakeholder reply to the executive's answer, over {@code answers}
 */
public record Responsiveness(Ratio answeredWithin48h, @Nullable Double medianAnswerSeconds, long answers) {
}
