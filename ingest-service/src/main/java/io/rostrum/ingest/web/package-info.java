@NullMarked
package io.rostrum.ingest.web;

import org.jspecify.annotations.NullMarked;
