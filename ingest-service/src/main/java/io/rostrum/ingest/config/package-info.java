@NullMarked
package io.rostrum.ingest.config;

import org.jspecify.annotations.NullMarked;
