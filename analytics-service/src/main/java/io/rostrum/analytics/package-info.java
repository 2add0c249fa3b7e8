/** analytics-service: indexes classified posts in Elasticsearch and answers queries about them. */
@NullMarked
package io.rostrum.analytics;

import org.jspecify.annotations.NullMarked;
