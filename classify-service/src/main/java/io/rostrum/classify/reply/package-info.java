@NullMarked
package io.rostrum.classify.reply;

import org.jspecify.annotations.NullMarked;
