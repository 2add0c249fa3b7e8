package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.SearchPage;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * A search hit ready to show. Elasticsearch's HTML encoder already escaped the highlights and added only
 * {@code <em>}; cleaning them again to exactly that keeps the page safe even if the API ever changed.
 */
record SearchResult(SearchPage.Hit hit, List<String> safeHighlights) {

    private static final Safelist ONLY_EMPHASIS = Safelist.none().addTags("em");

    static List<SearchResult> of(SearchPage page) {
        return page.posts().stream().map(hit -> new SearchResult(hit, hit.highlights().stream()
                .map(highlight -> Jsoup.clean(highlight, ONLY_EMPHASIS)).toList())).toList();
    }
}
