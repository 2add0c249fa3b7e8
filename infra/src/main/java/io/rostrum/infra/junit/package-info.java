/**
 * JUnit 5 support: the Kafka and Elasticsearch shared by every test class of a test JVM, from the local stack or,
 * when asked for and Docker is there, from Testcontainers.
 */
@NullMarked
package io.rostrum.infra.junit;

import org.jspecify.annotations.NullMarked;
