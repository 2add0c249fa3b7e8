/** The executives Rostrum follows and their accounts: validated, managed through the API, published as events. */
@NullMarked
package io.rostrum.ingest.registry;

import org.jspecify.annotations.NullMarked;
