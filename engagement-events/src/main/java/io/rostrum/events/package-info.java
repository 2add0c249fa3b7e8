/**
 * The event contract shared by every Rostrum service: past-tense event records, the engagement
 * taxonomy and the topic catalogue. Deliberately free of Spring and Kafka types.
 */
@NullMarked
package io.rostrum.events;

import org.jspecify.annotations.NullMarked;
