@NullMarked
package io.rostrum.ingest.imports;

import org.jspecify.annotations.NullMarked;
