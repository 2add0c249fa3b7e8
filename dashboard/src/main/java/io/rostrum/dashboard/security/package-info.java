/**
 * Who may sign in to the dashboard and what they may do: users from configuration with password hashes, an
 * initial admin, the sign-in page, and the rules of the security filter chain.
 */
@NullMarked
package io.rostrum.dashboard.security;

import org.jspecify.annotations.NullMarked;
