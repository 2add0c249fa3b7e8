package io.rostrum.e2e.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.JavascriptExecutor;

/**
 * How long each page load of a test class took, from the browser's own clocks: the navigation timing entry and
 * the page's {@code window.rostrumReadyAt}, all in ms since the navigation started. A load is cold when it is the
 * first of its page type in the class (the first time a freshly started platform builds that page) or the first
 * page a freshly started browser shows (its renderer starting, an empty cache). The report ends
 * with the median, 90th percentile and slowest ready time of the warm loads.
 */
final class PageTimings {

    private static final String MEASURE = """
            const entry = performance.getEntriesByType('navigation')[0];
            return { path: location.pathname + location.search, responseEnd: entry.responseEnd,
                     domContentLoaded: entry.domContentLoadedEventEnd, load: entry.loadEventEnd,
                     ready: typeof window.rostrumReadyAt === 'number' ? window.rostrumReadyAt : null };
            """;

    /** One page load. {@code ready} is null when the page did not report {@code rostrumReadyAt}. */
    record Load(int number, String path, String pageType, boolean cold, double responseEnd, double domContentLoaded,
                double load, @Nullable Double ready) {

    }

    private final List<Load> loads = new ArrayList<>();
    private final Set<String> seenTypes = new HashSet<>();
    private final Set<JavascriptExecutor> seenBrowsers = Collections.newSetFromMap(new IdentityHashMap<>());

    synchronized void record(JavascriptExecutor page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> measured = (Map<String, Object>) page.executeScript(MEASURE);
        String path = (String) measured.get("path");
        String type = pageType(URI.create(path).getPath());
        boolean firstOfType = seenTypes.add(type);
        boolean firstInBrowser = seenBrowsers.add(page);
        loads.add(new Load(loads.size() + 1, path, type, firstOfType || firstInBrowser, number(measured.get("responseEnd")),
                number(measured.get("domContentLoaded")), number(measured.get("load")),
                measured.get("ready") == null ? null : number(measured.get("ready"))));
    }

    synchronized List<Load> loads() {
        return List.copyOf(loads);
    }

    /** Every load that is not cold. */
    synchronized List<Load> warm() {
        return loads.stream().filter(load -> !load.cold()).toList();
    }

    /** The ready time (ms) that the given share of the loads reached, nearest rank; NaN for no loads. */
    static double percentile(List<Load> loads, double share) {
        double[] ready = loads.stream().mapToDouble(load -> load.ready() == null ? Double.POSITIVE_INFINITY
                : load.ready()).sorted().toArray();
        return ready.length == 0 ? Double.NaN : ready[(int) Math.ceil(share * ready.length) - 1];
    }

    /** A markdown table of every load, cold ones marked; printed and written to {@code file}. */
    synchronized String report(Path file) throws IOException {
        StringBuilder table = new StringBuilder()
                .append("| # | page type | path | load | responseEnd ms | DOMContentLoaded ms | loadEventEnd ms"
                        + " | rostrumReadyAt ms |\n")
                .append("|---|---|---|---|---:|---:|---:|---:|\n");
        for (Load load : loads) {
            table.append(String.format(Locale.ROOT, "| %d | %s | `%s` | %s | %.0f | %.0f | %.0f | %s |%n",
                    load.number(), load.pageType(), load.path(),
                    load.cold() ? "cold (first of its type or in its browser)" : "warm",
                    load.responseEnd(), load.domContentLoaded(), load.load(),
                    load.ready() == null ? "not reported" : String.format(Locale.ROOT, "%.0f", load.ready())));
        }
        List<Load> warm = warm();
        table.append(String.format(Locale.ROOT, "%nWarm loads: %d, ready at median %.0f ms, 90th percentile %.0f ms,"
                + " slowest %.0f ms.%n", warm.size(), percentile(warm, 0.5), percentile(warm, 0.9),
                percentile(warm, 1.0)));
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# Page timings (headless Chromium, demo data)\n\n" + table);
        return table.toString();
    }

    /** The path with its ids taken out, so every executive page counts as one type. */
    static String pageType(String path) {
        if (path.matches("/executives/[^/]+/profile")) {
            return "/executives/{id}/profile";
        }
        if (path.matches("/executives/[^/]+")) {
            return "/executives/{id}";
        }
        return path.isEmpty() ? "/" : path;
    }

    private static double number(@Nullable Object value) {
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }
}
