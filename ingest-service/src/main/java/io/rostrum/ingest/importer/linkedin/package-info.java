@NullMarked
package io.rostrum.ingest.importer.linkedin;

import org.jspecify.annotations.NullMarked;
