@NullMarked
package io.rostrum.ingest.importer.x;

import org.jspecify.annotations.NullMarked;
