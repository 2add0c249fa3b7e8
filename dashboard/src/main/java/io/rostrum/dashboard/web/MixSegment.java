package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.Figures;
import io.rostrum.events.Approach;
import java.util.ArrayList;
import java.util.List;

/**
 * One approach's part of a horizontal stacked bar, in percent of its width. Drawn as SVG rectangles whose
 * geometry is in attributes, which the Content-Security-Policy allows where inline styles are refused.
 */
record MixSegment(String approach, double share, double offset) {

    /** Every approach with a share, in taxonomy order. */
    static List<MixSegment> segments(Figures.ApproachMix mix) {
        List<MixSegment> segments = new ArrayList<>();
        double offset = 0;
        for (Approach approach : Approach.values()) {
            double share = mix.share(approach.id()) * 100;
            if (share > 0) {
                segments.add(new MixSegment(approach.id(), share, offset));
                offset += share;
            }
        }
        return segments;
    }
}
