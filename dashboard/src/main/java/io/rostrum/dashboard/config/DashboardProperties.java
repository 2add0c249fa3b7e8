package io.rostrum.dashboard.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code rostrum.dashboard}.
 *
 * @param analytics where analytics-service's query API is, and the credentials to call it with
 * @param users     who may sign in: each with a password hash ({@code {bcrypt}...}), never a password
 * @param stateDir  where the dashboard keeps local state: the generated initial admin's password hash
 * @param admin     the initial admin, from the environment ({@code ROSTRUM_ADMIN_USERNAME} and
 *                  {@code ROSTRUM_ADMIN_PASSWORD})
 */
@ConfigurationProperties("rostrum.dashboard")
public record DashboardProperties(Analytics analytics, @DefaultValue List<User> users,
                                  @DefaultValue(".rostrum/dashboard") Path stateDir, @DefaultValue Admin admin) {

    /** The password comes from the environment ({@code ROSTRUM_API_PASSWORD}), never from the repository. */
    public record Analytics(@DefaultValue("http://127.0.0.1:8083") URI url,
                            @DefaultValue("rostrum-api") String username,
                            String password) {
    }

    /**
     * A configured user.
     *
     * @param passwordHash a {@code DelegatingPasswordEncoder} string such as {@code {bcrypt}$2a$10$...}
     */
    public record User(@Nullable String username, @Nullable String passwordHash, @DefaultValue("VIEWER") Role role) {
    }

    /** What a user may do: a viewer reads every page, an admin also acknowledges alerts. */
    public enum Role {
        VIEWER, ADMIN
    }

    /**
     * The initial admin. With a password (from the environment) it exists with that password; without one, and
     * with no admin among {@link #users()}, the dashboard generates a password on first start.
     */
    public record Admin(@DefaultValue("admin") String username, @Nullable String password) {
    }
}
