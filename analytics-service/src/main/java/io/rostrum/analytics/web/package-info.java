@NullMarked
package io.rostrum.analytics.web;

import org.jspecify.annotations.NullMarked;
