/**
 * Delivering the alerts the detectors raise: into the alerts index, onto the live server-sent-events feed, and to
 * the configured webhooks, signed.
 */
@NullMarked
package io.rostrum.analytics.alert;

import org.jspecify.annotations.NullMarked;
