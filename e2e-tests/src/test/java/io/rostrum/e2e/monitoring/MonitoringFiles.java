package io.rostrum.e2e.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The committed monitoring configuration under infra/: Prometheus's config and rules, Grafana's dashboards. */
final class MonitoringFiles {

    static final Path INFRA = Path.of("..", "infra").toAbsolutePath().normalize();
    static final Path PROMETHEUS = INFRA.resolve("prometheus");
    static final Path DASHBOARDS = INFRA.resolve("grafana").resolve("dashboards");

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MonitoringFiles() {
    }

    static List<Path> ruleFiles() {
        return list(PROMETHEUS.resolve("rules"), ".yml");
    }

    static List<Path> dashboards() {
        return list(DASHBOARDS, ".json");
    }

    /** Every expression of every rule, by file and rule name. */
    static Map<String, String> ruleExpressions() {
        Map<String, String> expressions = new TreeMap<>();
        forEachRule((where, rule) -> expressions.put(where, rule.get("expr").asString()));
        return expressions;
    }

    /** The names the recording rules define. */
    static Set<String> recordedNames() {
        Set<String> names = new TreeSet<>();
        forEachRule((where, rule) -> {
            if (rule.hasNonNull("record")) {
                names.add(rule.get("record").asString());
            }
        });
        return names;
    }

    private static void forEachRule(BiConsumer<String, JsonNode> action) {
        for (Path file : ruleFiles()) {
            for (JsonNode group : YAML.readTree(read(file)).path("groups")) {
                for (JsonNode rule : group.path("rules")) {
                    String name = rule.hasNonNull("record") ? rule.get("record").asString()
                            : rule.path("alert").asString("unnamed");
                    action.accept(file.getFileName() + " / " + name, rule);
                }
            }
        }
    }

    /** Every {@code expr} of every panel target of every dashboard, by dashboard and panel title. */
    static Map<String, String> dashboardExpressions() {
        Map<String, String> expressions = new TreeMap<>();
        for (Path file : dashboards()) {
            JsonNode dashboard = JSON.readTree(read(file));
            for (JsonNode panel : dashboard.findParents("targets")) {
                for (JsonNode target : panel.get("targets")) {
                    if (target.hasNonNull("expr")) {
                        expressions.put(file.getFileName() + " / " + panel.path("title").asString("untitled") + " / "
                                + target.path("refId").asString("?"), target.get("expr").asString());
                    }
                }
            }
        }
        return expressions;
    }

    private static List<Path> list(Path directory, String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
