@NullMarked
package io.rostrum.support.web;

import org.jspecify.annotations.NullMarked;
