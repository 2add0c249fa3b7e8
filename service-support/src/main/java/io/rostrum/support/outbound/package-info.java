/**
 * Where a service may send requests of its own (platforms, feeds, webhooks): https to public addresses, unless a
 * setting allows more. Checked when a URL is configured or registered, and on the addresses every connection
 * resolves to.
 */
@NullMarked
package io.rostrum.support.outbound;

import org.jspecify.annotations.NullMarked;
