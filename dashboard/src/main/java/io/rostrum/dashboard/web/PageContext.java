package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.ExecutiveSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.ui.Model;

/** What every page starts from: the executives (for navigation and names) and the range it shows. */
record PageContext(List<ExecutiveSummary> executives, ViewRange range) {

    Optional<ExecutiveSummary> executive(String executiveId) {
        return executives.stream().filter(executive -> executive.executiveId().equals(executiveId)).findFirst();
    }

    String displayName(String executiveId) {
        return executive(executiveId).map(ExecutiveSummary::displayName).orElse(executiveId);
    }

    /** The attributes the layout's range controls and navigation read. */
    void addTo(Model model) {
        model.addAttribute("executives", executives);
        model.addAttribute("range", range);
        model.addAttribute("zones", range.zones());
        model.addAttribute("intervals", ViewRange.INTERVALS);
    }
}
