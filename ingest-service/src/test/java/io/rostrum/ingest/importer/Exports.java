package io.rostrum.ingest.importer;

import io.rostrum.events.PostObserved;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test fixtures: the exports under {@code src/test/resources/exports}, and zips made of them at run time. */
public final class Exports {

    private Exports() {
    }

    public static Path fixture(String name) {
        URL url = Objects.requireNonNull(Exports.class.getResource("/exports/" + name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Zips every file under {@code folder}, each entry named {@code prefix} + its relative path. */
    public static Path zip(Path folder, String prefix, Path zip) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(prefix + folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }

    /** A zip with the given entry names and contents, in order. */
    public static Path zipOf(Path zip, String... namesAndContents) {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndContents[i]));
                out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }

    /** Copies a fixture folder, so a test can change or remove files. */
    public static Path copy(Path folder, Path target) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted().toList()) {
                Path copy = target.resolve(folder.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Collects what an importer emits. */
    public static final class Collected implements Consumer<PostObserved> {

        private final List<PostObserved> posts = new ArrayList<>();

        @Override
        public void accept(PostObserved post) {
            posts.add(post);
        }

        public List<PostObserved> posts() {
            return posts;
        }

        public PostObserved byNativeId(String nativeId) {
            return posts.stream().filter(post -> post.nativeId().equals(nativeId)).findFirst()
                    .orElseThrow(() -> new AssertionError("no post " + nativeId + " in " + posts));
        }
    }
}
