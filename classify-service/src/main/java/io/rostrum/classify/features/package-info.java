/**
 * Turns a post and its thread context into the named features the trained models read: words, word pairs,
 * the taxonomy's cue phrases and structural signals. Training and classification share this code, so the
 * model always sees what it was trained on.
 */
@NullMarked
package io.rostrum.classify.features;

import org.jspecify.annotations.NullMarked;
