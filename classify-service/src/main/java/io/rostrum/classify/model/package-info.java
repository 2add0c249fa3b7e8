/**
 * The trained models: the labelled corpus they learn from, the build-time training that turns it into the
 * artifacts shipped in the jar, and the loaded models with the weights that explain their decisions.
 */
@NullMarked
package io.rostrum.classify.model;

import org.jspecify.annotations.NullMarked;
