@NullMarked
package io.rostrum.ingest.importer;

import org.jspecify.annotations.NullMarked;
