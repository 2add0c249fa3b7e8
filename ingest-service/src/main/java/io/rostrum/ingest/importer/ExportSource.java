package io.rostrum.ingest.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The files of an export that an importer wants, wherever the user pointed: the export's .zip, its root folder,
 * its {@code data/} folder, or a single file. Files are matched by their bare name anywhere up to three folders
 * deep, so a zip re-packed inside a top-level folder still works.
 *
 * <p>A zip must be whole (its central directory is checked first); it is then streamed once and only the wanted
 * entries are copied to a temporary folder, removed on {@link #close()}. Its entries are untrusted: a name that
 * would land outside that folder (zip slip) fails the import, and the copied bytes are capped, so a zip bomb cannot
 * fill the disk.
 */
public final class ExportSource implements AutoCloseable {

    private static final int MAX_DEPTH = 3;
    private static final long MAX_EXTRACTED_BYTES = 4L * 1024 * 1024 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final Path path;
    private final List<ExportFile> files;
    private final @Nullable Path extracted;

    private ExportSource(Path path, List<ExportFile> files, @Nullable Path extracted) {
        this.path = path;
        this.files = files.stream().sorted(Comparator.comparing(ExportFile::name)).toList();
        this.extracted = extracted;
    }

    /**
     * @param wanted the bare file names the importer reads, matched case-insensitively in full
     * @throws ImportException when the path does not exist or a zip cannot be read safely
     */
    public static ExportSource open(Path path, Pattern wanted) {
        Pattern names = Pattern.compile(wanted.pattern(), Pattern.CASE_INSENSITIVE);
        if (Files.isDirectory(path)) {
            return new ExportSource(path, walk(path, path.toString(), names), null);
        }
        if (!Files.isRegularFile(path)) {
            throw new ImportException(path + ": no such file or folder; expected an export's .zip, its folder or"
                    + " one of its files");
        }
        if (isZip(path)) {
            return unzip(path, names);
        }
        boolean taken = names.matcher(path.getFileName().toString()).matches();
        return new ExportSource(path, taken ? List.of(ExportFile.of(path.toString(), path)) : List.of(), null);
    }

    /** Every wanted file whose bare name matches, in name order. */
    public List<ExportFile> files(Pattern baseName) {
        Pattern names = Pattern.compile(baseName.pattern(), Pattern.CASE_INSENSITIVE);
        return files.stream().filter(file -> names.matcher(file.baseName()).matches()).toList();
    }

    /**
     * The one file whose bare name matches, if any.
     *
     * @throws ImportException when the export holds more than one, since guessing could import the wrong one
     */
    public Optional<ExportFile> file(Pattern baseName) {
        List<ExportFile> found = files(baseName);
        if (found.size() > 1) {
            throw new ImportException(path + ": holds " + found.size() + " files that could be the one to read ("
                    + String.join(", ", found.stream().map(ExportFile::name).toList())
                    + "); expected exactly one. Point at the folder or file to import.");
        }
        return found.stream().findFirst();
    }

    /** The path the user gave, for messages. */
    public Path path() {
        return path;
    }

    @Override
    public void close() {
        if (extracted != null) {
            delete(extracted);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> copies = Files.walk(folder)) {
            for (Path copy : copies.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            // The copies live under the system temp folder, which the OS clears; the import itself is unaffected.
        }
    }

    private static List<ExportFile> walk(Path root, String shownRoot, Pattern wanted) {
        List<ExportFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && wanted.matcher(file.getFileName().toString()).matches()) {
                        String relative = root.relativize(file).toString().replace('\\', '/');
                        String separator = shownRoot.endsWith("!") || shownRoot.endsWith("/") ? "" : "/";
                        found.add(ExportFile.of(shownRoot + separator + relative, file));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ImportException("cannot list " + shownRoot + ": " + e.getMessage(), e);
        }
        return found;
    }

    private static boolean isZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(ZIP_MAGIC.length);
            return Arrays.equals(head, ZIP_MAGIC);
        } catch (IOException e) {
            throw new ImportException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static ExportSource unzip(Path zip, Pattern wanted) {
        Path target;
        try {
            target = Files.createTempDirectory("rostrum-export-");
        } catch (IOException e) {
            throw new ImportException("cannot unpack " + zip + ": no temporary folder (" + e.getMessage() + ")", e);
        }
        try (ZipInputStream entries = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip)))) {
            requireWhole(zip);
            long budget = MAX_EXTRACTED_BYTES;
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String name = entry.getName().replace('\\', '/');
                Path copy = target.resolve(name).normalize();
                if (name.startsWith("/") || !copy.startsWith(target)) {
                    throw new ImportException(zip + ": entry '" + name + "' points outside the export; refusing a"
                            + " zip whose entries could overwrite other files");
                }
                if (entry.isDirectory() || depth(name) > MAX_DEPTH
                        || !wanted.matcher(copy.getFileName().toString()).matches()) {
                    continue;
                }
                if (Files.exists(copy)) {
                    throw new ImportException(zip + ": holds entry '" + name + "' twice; expected each file once");
                }
                Files.createDirectories(copy.getParent());
                budget -= copyAtMost(entries, copy, budget, zip, name);
                if (entry.getLastModifiedTime() != null) {
                    Files.setLastModifiedTime(copy, entry.getLastModifiedTime());
                }
            }
        } catch (ZipException e) {
            delete(target);
            throw new ImportException(zip + ": not a readable zip (" + e.getMessage() + "); expected the .zip the"
                    + " platform sent, complete", e);
        } catch (IOException e) {
            delete(target);
            throw new ImportException("cannot read " + zip + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // an entry name that is not UTF-8, or not a possible file name (a NUL character)
            delete(target);
            throw new ImportException(zip + ": not a readable zip (an entry's name: " + e.getMessage() + ");"
                    + " expected the .zip the platform sent, complete", e);
        } catch (RuntimeException e) {
            delete(target);
            throw e;
        }
        return new ExportSource(zip, walk(target, zip + "!", wanted), target);
    }

    /**
     * A zip cut short where an entry begins reads like a shorter zip to the stream, which would import part of the
     * export without a word; the end record and central directory that close a whole zip tell the two apart.
     *
     * @throws ZipException when they are missing or broken
     */
    private static void requireWhole(Path zip) throws IOException {
        new ZipFile(zip.toFile()).close();
    }

    private static int depth(String entryName) {
        return (int) entryName.chars().filter(c -> c == '/').count() + 1;
    }

    private static long copyAtMost(InputStream in, Path copy, long budget, Path zip, String name) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(copy)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                copied += read;
                if (copied > budget) {
                    throw new ImportException(zip + ": entry '" + name + "' unpacks to more than "
                            + MAX_EXTRACTED_BYTES / (1024 * 1024) + " MiB of wanted files; refusing to unpack it");
                }
                out.write(buffer, 0, read);
            }
        }
        return copied;
    }
}
