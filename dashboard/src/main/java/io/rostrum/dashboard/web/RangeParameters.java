package io.rostrum.dashboard.web;

import org.jspecify.annotations.Nullable;

/** The range controls every page shares, as they arrive in the query string; any of them may be absent. */
record RangeParameters(@Nullable String from, @Nullable String to, @Nullable String zone,
                       @Nullable String interval) {
}
