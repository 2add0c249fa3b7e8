package io.rostrum.infra.launcher;

import io.rostrum.infra.stack.StackException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The local deployment's two logins: the comms team's dashboard user, and the account the services use to call
 * each other's APIs. Generated at random on first use and kept in {@code .rostrum/credentials.properties}
 * (readable by its owner only), so no password ever sits in the repository.
 */
public record Credentials(String dashboardUser, String dashboardPassword, String apiUser, String apiPassword) {

    public static Credentials random() {
        return new Credentials("comms", secret(), "rostrum-api", secret());
    }

    public static Credentials loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                Properties stored = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    stored.load(reader);
                }
                return new Credentials(stored.getProperty("dashboard.user"), stored.getProperty("dashboard.password"),
                        stored.getProperty("api.user"), stored.getProperty("api.password"));
            }
            Credentials created = random();
            Properties stored = new Properties();
            stored.setProperty("dashboard.user", created.dashboardUser());
            stored.setProperty("dashboard.password", created.dashboardPassword());
            stored.setProperty("api.user", created.apiUser());
            stored.setProperty("api.password", created.apiPassword());
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                stored.store(writer, "Rostrum local logins, generated on first start");
            }
            return created;
        } catch (IOException e) {
            throw new StackException("cannot read or create " + file + ": " + e.getMessage(), e);
        }
    }

    private static String secret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
