@NullMarked
package io.rostrum.ingest.connector;

import org.jspecify.annotations.NullMarked;
