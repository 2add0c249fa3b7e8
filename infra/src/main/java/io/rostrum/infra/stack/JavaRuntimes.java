package io.rostrum.infra.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds a JDK of a minimum feature version: Elasticsearch 9 needs 21 or newer, while the services run on 17. */
public final class JavaRuntimes {

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    private JavaRuntimes() {
    }

    /** Looks in ES_JAVA_HOME, JAVA_HOME, the running JVM, then every JDK under /usr/lib/jvm. */
    public static Path findAtLeast(int feature, Map<String, String> environment) {
        List<Path> candidates = new ArrayList<>();
        Stream.of("ES_JAVA_HOME", "JAVA_HOME").map(environment::get).filter(v -> v != null && !v.isBlank())
                .map(Path::of).forEach(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        candidates.addAll(installedUnder(Path.of("/usr/lib/jvm")));
        return candidates.stream()
                .filter(jdk -> featureVersion(jdk).orElse(0) >= feature)
                .findFirst()
                .orElseThrow(() -> new StackException("Elasticsearch needs a JDK " + feature
                        + " or newer and none was found in ES_JAVA_HOME, JAVA_HOME or /usr/lib/jvm"
                        + " (install one, e.g. Temurin 25, and set ES_JAVA_HOME)"));
    }

    static Optional<Integer> featureVersion(Path jdk) {
        Path release = jdk.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(jdk.resolve("bin/java"))) {
            return Optional.empty();
        }
        try {
            Matcher matcher = JAVA_VERSION.matcher(Files.readString(release));
            return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<Path> installedUnder(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> jdks = Files.list(directory)) {
            return jdks.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
