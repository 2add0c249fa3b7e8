/**
 * The detector evaluation harness: simulated executives with realistic timing and classifier noise, stationary
 * or shifting, run through the real detectors to measure false-alarm spacing and detection delay.
 */
@NullMarked
package io.rostrum.analytics.detect.evaluation;

import org.jspecify.annotations.NullMarked;
