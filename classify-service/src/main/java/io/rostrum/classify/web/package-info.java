/** {@code POST /api/classify}: the classifier and reply scorer on demand, with their cues. */
@NullMarked
package io.rostrum.classify.web;

import org.jspecify.annotations.NullMarked;
