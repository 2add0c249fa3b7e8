package io.rostrum.classify.features;

import java.util.Map;

/** Turns feature names back into the cues a reader understands: a word, a phrase, or what the post does. */
public final class FeatureNames {

    private static final Map<String, String> SHAPES = Map.ofEntries(
            Map.entry("s:asks", "asks a question"),
            Map.entry("s:ends-with-question", "ends on a question"),
            Map.entry("s:link", "links out"),
            Map.entry("s:mention", "mentions someone"),
            Map.entry("s:figures", "gives figures"),
            Map.entry("s:you", "addresses the reader as you"),
            Map.entry("s:we", "speaks as we"),
            Map.entry("s:i", "speaks as I"),
            Map.entry("s:emoji", "uses emoji"),
            Map.entry("s:opens-with-mention", "opens by addressing someone"),
            Map.entry("s:opens-with-call-to-action", "opens with a call to action"),
            Map.entry("s:exclaims", "exclaims"),
            Map.entry("s:exclaims-repeatedly", "exclaims repeatedly"),
            Map.entry("s:hashtags", "uses hashtags"),
            Map.entry("s:hashtags-many", "uses many hashtags"),
            Map.entry("s:short", "is short"),
            Map.entry("s:medium", "is of medium length"),
            Map.entry("s:long", "is long"),
            Map.entry("ctx:top-level", "is a top-level post"),
            Map.entry("ctx:reply", "replies to someone"),
            Map.entry("ctx:answers-a-question", "replies to a question"),
            Map.entry("ctx:takes-up-their-words", "takes up the words of the message it answers"),
            Map.entry("ctx:touches-their-words", "touches on the message it answers"),
            Map.entry("ctx:ignores-their-words", "takes up none of the words of the message it answers"));

    private FeatureNames() {
    }

    public static String readable(String feature) {
        String shape = SHAPES.get(feature);
        if (shape != null) {
            return shape;
        }
        int colon = feature.indexOf(':');
        String kind = feature.substring(0, colon);
        String value = feature.substring(colon + 1);
        return switch (kind) {
            case "w", "b", "cue" -> "\u201c" + value + "\u201d";
            case "vader" -> "VADER reads it " + value.replace('-', ' ');
            case "cues" -> value.endsWith(":many") ? "several typical " + value.substring(0, value.length() - 5)
                    + " cues" : "typical " + value + " cues";
            default -> feature;
        };
    }
}
