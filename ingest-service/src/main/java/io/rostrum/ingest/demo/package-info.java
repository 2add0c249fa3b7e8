@NullMarked
package io.rostrum.ingest.demo;

import org.jspecify.annotations.NullMarked;
