@NullMarked
package io.rostrum.classify.approach;

import org.jspecify.annotations.NullMarked;
