/** classify-service: labels posts with engagement approaches and scores stakeholder replies. */
@NullMarked
package io.rostrum.classify;

import org.jspecify.annotations.NullMarked;
