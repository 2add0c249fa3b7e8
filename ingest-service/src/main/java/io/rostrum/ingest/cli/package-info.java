/** The import command line: reads an export with the service's own importers, prints it or hands it to ingest-service. */
@NullMarked
package io.rostrum.ingest.cli;

import org.jspecify.annotations.NullMarked;
