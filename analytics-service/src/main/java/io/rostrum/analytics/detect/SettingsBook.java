package io.rostrum.analytics.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Detector settings per executive: the defaults, overridden field by field for all executives ({@code "defaults"})
 * and then for one ({@code "executives": {"<id>": ...}}). The same file format serves the service and
 * {@code ./rostrum detect --settings}, for example:
 * <pre>{"defaults": {"silence": {"minimum": "P10D"}},
 *  "executives": {"cfo-marcus-hale": {"approachShift": {"threshold": 9.0}}}}</pre>
 */
public final class SettingsBook {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode defaults;
    private final Map<String, JsonNode> executives;

    private SettingsBook(ObjectNode defaults, Map<String, JsonNode> executives) {
        this.defaults = defaults;
        this.executives = executives;
    }

    public static SettingsBook defaults() {
        return of(DetectorSettings.defaults());
    }

    /** The same settings for every executive. */
    public static SettingsBook of(DetectorSettings settings) {
        return new SettingsBook(JSON.valueToTree(settings), Map.of());
    }

    /** Reads a settings file; an unknown field or a value of the wrong type is an error naming it. */
    public static SettingsBook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = JSON.readTree(in);
            if (!root.isObject()) {
                throw new IllegalArgumentException(file + ": the settings must be a JSON object");
            }
            ObjectNode defaults = JSON.valueToTree(DetectorSettings.defaults());
            merge(defaults, root.path("defaults"));
            Map<String, JsonNode> executives = new java.util.HashMap<>();
            root.path("executives").properties().forEach(entry -> executives.put(entry.getKey(), entry.getValue()));
            SettingsBook book = new SettingsBook(defaults, Map.copyOf(executives));
            book.forExecutive("");
            executives.keySet().forEach(book::forExecutive);
            return book;
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": " + e.getOriginalMessage(), e);
        }
    }

    public DetectorSettings forExecutive(String executiveId) {
        ObjectNode settings = defaults.deepCopy();
        JsonNode override = executives.get(executiveId);
        if (override != null) {
            merge(settings, override);
        }
        try {
            return JSON.treeToValue(settings, DetectorSettings.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("detector settings" + (executiveId.isEmpty() ? "" : " of "
                    + executiveId) + ": " + e.getOriginalMessage(), e);
        }
    }

    private static void merge(ObjectNode target, JsonNode override) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = override.properties().iterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!target.has(field.getKey())) {
                throw new IllegalArgumentException("unknown detector setting '" + field.getKey() + "'; expected one of "
                        + target.propertyNames());
            }
            JsonNode existing = target.get(field.getKey());
            if (existing.isObject() && field.getValue().isObject()) {
                merge((ObjectNode) existing, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }
}
