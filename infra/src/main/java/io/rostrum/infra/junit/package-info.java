/** JUnit 5 support: the local stack shared by every test class of a test JVM. */
@NullMarked
package io.rostrum.infra.junit;

import org.jspecify.annotations.NullMarked;
