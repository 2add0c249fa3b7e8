/** How well the classifier does against hand labels: precision, recall, F1, confusion and reciprocity accuracy. */
@NullMarked
package io.rostrum.classify.evaluation;

import org.jspecify.annotations.NullMarked;
