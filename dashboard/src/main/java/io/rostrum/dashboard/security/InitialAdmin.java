package io.rostrum.dashboard.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The admin a fresh installation starts with when nobody configured one: on first start a random password, logged
 * once, of which only the bcrypt hash is kept, in a file readable by its owner alone; on later starts that hash.
 */
final class InitialAdmin {

    static final String FILE_NAME = "initial-admin.hash";

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    private static final int PASSWORD_BYTES = 18;
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path file;
    private final SecureRandom random = new SecureRandom();

    InitialAdmin(Path stateDir) {
        this.file = stateDir.resolve(FILE_NAME);
    }

    /** @return the stored hash, or, on first start, the hash of a new password (which this logs once) */
    String passwordHash(String username) {
        try {
            if (Files.exists(file)) {
                return read();
            }
            String password = newPassword();
            String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(password);
            if (!store(hash)) {
                return read(); // another instance sharing this directory got there first: its password holds
            }
            log.warn("Initial admin credential: {} / {} — change it by setting ROSTRUM_ADMIN_PASSWORD or configuring"
                    + " an ADMIN under rostrum.dashboard.users. It is shown only this once, and stored hashed in {}",
                    username, password, file.toAbsolutePath());
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the initial admin's password hash in " + file, e);
        }
    }

    private String read() throws IOException {
        return PasswordHashes.require("the initial admin's file " + file.toAbsolutePath()
                        + " (delete it to have a new password generated)",
                Files.readString(file, StandardCharsets.UTF_8).strip());
    }

    private String newPassword() {
        byte[] bytes = new byte[PASSWORD_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Writes a private temporary file and renames it, so no one ever reads a half-written or world-readable hash. */
    private boolean store(String hash) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory, ownerOnly("rwx------"));
        Path written = Files.createTempFile(directory, FILE_NAME, ".tmp", ownerOnly("rw-------"));
        try {
            Files.writeString(written, hash + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.move(written, file);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(written);
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(permissions))} : new FileAttribute<?>[0];
    }
}
