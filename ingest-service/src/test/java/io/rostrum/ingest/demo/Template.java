package io.rostrum.ingest.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands phrase templates. {@code [a|b|c]} picks one alternative (an empty alternative makes the part
 * optional; brackets nest); {@code {slot}} asks the scene for a value, which may itself be a template.
 */
final class Template {

    private Template() {
    }

    static String expand(String template, Scene scene) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '[') {
                int end = closing(template, i);
                List<String> options = alternatives(template.substring(i + 1, end));
                out.append(expand(options.get(scene.random().nextInt(options.size())), scene));
                i = end + 1;
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                out.append(scene.slot(template.substring(i + 1, end)));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Sentence-cases the text and repairs the spacing and punctuation that optional parts leave behind. */
    static String tidy(String text) {
        String s = text.replaceAll("\\s+", " ").strip()
                .replace(" ,", ",").replace(" .", ".").replace(" :", ":").replace(" ?", "?").replace(" !", "!")
                .replace("..", ".").replace("!.", "!").replace("the the ", "the ").replace("The the ", "The ").replace("?.", "?").replace(",.", ".").replace(":.", ".");
        StringBuilder out = new StringBuilder(s);
        boolean sentenceStart = true;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (sentenceStart && Character.isLetter(c)) {
                if (!s.startsWith("http", i)) {
                    out.setCharAt(i, Character.toUpperCase(c));
                }
                sentenceStart = false;
            } else if (c == '.' || c == '!' || c == '?' || Character.isLowSurrogate(c)) {
                // An emoji ending an opener ends a sentence too.
                sentenceStart = i + 1 < out.length() && out.charAt(i + 1) == ' ';
            } else if (c == '@' || c == '#' || c == '"' || Character.isLetterOrDigit(c)) {
                sentenceStart = false;
            }
        }
        return out.toString();
    }

    private static int closing(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced [ in: " + template);
    }

    private static List<String> alternatives(String body) {
        List<String> options = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                options.add(body.substring(from, i));
                from = i + 1;
            }
        }
        options.add(body.substring(from));
        return options;
    }
}
