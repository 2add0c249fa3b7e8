package io.rostrum.ingest.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads phrase lists written as text blocks: an unindented {@code key:} line followed by indented items, one per
 * line, or {@code key = a; b; c} on one line for short lists. Keeps the phrase books readable as prose.
 */
final class Phrases {

    private Phrases() {
    }

    static Map<String, List<String>> parse(String block) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : block.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                if (current == null) {
                    throw new IllegalArgumentException("item before any key: " + line);
                }
                current.add(line.strip());
            } else if (line.contains(" = ")) {
                int eq = line.indexOf(" = ");
                lists.put(line.substring(0, eq).strip(),
                        Arrays.stream(line.substring(eq + 3).split(";")).map(String::strip).toList());
                current = null;
            } else if (line.endsWith(":")) {
                current = new ArrayList<>();
                lists.put(line.substring(0, line.length() - 1).strip(), current);
            } else {
                throw new IllegalArgumentException("neither key nor item: " + line);
            }
        }
        lists.replaceAll((key, items) -> Collections.unmodifiableList(new ArrayList<>(items)));
        return Collections.unmodifiableMap(lists);
    }
}
