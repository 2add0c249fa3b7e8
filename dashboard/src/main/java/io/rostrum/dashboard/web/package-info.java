@NullMarked
package io.rostrum.dashboard.web;

import org.jspecify.annotations.NullMarked;
