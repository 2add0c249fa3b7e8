@NullMarked
package io.rostrum.ingest.importer.jsonl;

import org.jspecify.annotations.NullMarked;
