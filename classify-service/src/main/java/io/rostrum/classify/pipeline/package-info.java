@NullMarked
package io.rostrum.classify.pipeline;

import org.jspecify.annotations.NullMarked;
