package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.Figures;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An approach mix drawn as one stacked bar, with its description in words for screen readers. */
record MixBar(List<MixSegment> segments) {

    static MixBar of(Figures.ApproachMix mix) {
        return new MixBar(MixSegment.segments(mix));
    }

    /** "Informing 40%, Framing 35%, …"; "no posts" when there is no mix. */
    public String description() {
        if (segments.isEmpty()) {
            return "no posts";
        }
        return segments.stream().map(segment -> Formats.label(segment.approach())
                + String.format(Locale.ROOT, " %.0f%%", segment.share())).collect(Collectors.joining(", "));
    }
}
