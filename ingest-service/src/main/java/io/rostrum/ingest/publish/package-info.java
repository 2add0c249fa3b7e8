@NullMarked
package io.rostrum.ingest.publish;

import org.jspecify.annotations.NullMarked;
