package io.rostrum.dashboard.security;

import io.rostrum.dashboard.config.DashboardProperties;
import io.rostrum.dashboard.config.DashboardProperties.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users who may sign in: those under {@code rostrum.dashboard.users}, plus the initial admin. The initial admin
 * is the one the environment names ({@code ROSTRUM_ADMIN_USERNAME} / {@code ROSTRUM_ADMIN_PASSWORD}); without
 * that, and with no admin among the configured users, it is the generated one.
 */
final class DashboardUsers {

    private DashboardUsers() {
    }

    /**
     * @param generatedAdminHash the generated initial admin's password hash; asked for only when it is needed
     * @throws InvalidUsersException if a user has no name, no usable hash, or the same name as another
     */
    static List<UserDetails> from(DashboardProperties properties, PasswordEncoder encoder,
                                  Supplier<String> generatedAdminHash) {
        List<UserDetails> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<DashboardProperties.User> configured = properties.users();
        for (int i = 0; i < configured.size(); i++) {
            DashboardProperties.User user = configured.get(i);
            String username = user.username();
            if (username == null || username.isBlank()) {
                throw new InvalidUsersException("rostrum.dashboard.users[" + i + "] has no username");
            }
            String owner = "rostrum.dashboard.users[" + i + "] (user '" + username + "')";
            requireUnique(names, username, owner);
            users.add(user(username, PasswordHashes.require(owner, user.passwordHash()), user.role()));
        }
        DashboardProperties.Admin admin = properties.admin();
        String password = admin.password();
        if (password != null && !password.isBlank()) {
            requireUnique(names, admin.username(), "the admin set by ROSTRUM_ADMIN_USERNAME ('" + admin.username()
                    + "')");
            users.add(user(admin.username(), encoder.encode(password), Role.ADMIN));
        } else if (configured.stream().noneMatch(user -> user.role() == Role.ADMIN)) {
            requireUnique(names, admin.username(), "the initial admin ('" + admin.username() + "')");
            users.add(user(admin.username(), generatedAdminHash.get(), Role.ADMIN));
        }
        return users;
    }

    /** Sign-in looks names up case-insensitively, so two names that differ only in case would shadow each other. */
    private static void requireUnique(Set<String> names, String username, String owner) {
        if (!names.add(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidUsersException(owner + " has the same username as another user");
        }
    }

    /** An admin is also a viewer, so a rule for viewers never locks admins out. */
    private static UserDetails user(String username, String passwordHash, Role role) {
        String[] roles = role == Role.ADMIN ? new String[] {Role.VIEWER.name(), Role.ADMIN.name()}
                : new String[] {role.name()};
        return User.withUsername(username).password(passwordHash).roles(roles).build();
    }
}
