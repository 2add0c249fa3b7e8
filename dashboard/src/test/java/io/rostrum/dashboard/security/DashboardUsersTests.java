package io.rostrum.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rostrum.dashboard.config.DashboardProperties;
import io.rostrum.dashboard.config.DashboardProperties.Admin;
import io.rostrum.dashboard.config.DashboardProperties.Role;
import io.rostrum.dashboard.config.DashboardProperties.User;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class DashboardUsersTests {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String VERA_HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("vera-reads-only");
    private static final Supplier<String> NO_GENERATED_ADMIN = () -> {
        throw new AssertionError("no admin should be generated");
    };

    @Test
    void refusesAPlainTextPasswordNamingTheUserButNotThePassword() {
        assertThatThrownBy(() -> users(List.of(new User("alice", "correct-horse", Role.VIEWER)), null))
                .isInstanceOf(InvalidUsersException.class)
                .hasMessageContaining("rostrum.dashboard.users[0] (user 'alice') has a plain-text password")
                .hasMessageContaining("{bcrypt}")
                .hasMessageNotContaining("correct-horse");
    }

    @Test
    void refusesANoopPasswordAsPlainText() {
        assertThatThrownBy(() -> users(List.of(new User("alice", "{noop}correct-horse", Role.VIEWER)), null))
                .hasMessageContaining("user 'alice'").hasMessageContaining("plain-text");
    }

    @Test
    void refusesAWeakOrUnknownHashPrefix() {
        assertThatThrownBy(() -> users(List.of(new User("alice", "{MD5}5f4dcc3b5aa765d61d8327deb882cf99",
                Role.VIEWER)), null))
                .hasMessageContaining("user 'alice'").hasMessageContaining("{MD5}");
    }

    @Test
    void refusesAMalformedBcryptHash() {
        assertThatThrownBy(() -> users(List.of(new User("alice", "{bcrypt}$2a$10$tooShort", Role.VIEWER)), null))
                .hasMessageContaining("user 'alice'").hasMessageContaining("not well-formed");
    }

    @Test
    void refusesAnArgon2HashWhileBouncyCastleIsMissing() {
        assertThatThrownBy(() -> users(List.of(new User("alice",
                "{argon2}$argon2id$v=19$m=16384,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA", Role.VIEWER)), null))
                .hasMessageContaining("user 'alice'").hasMessageContaining("BouncyCastle");
    }

    @Test
    void refusesAUserWithoutAPasswordHash() {
        assertThatThrownBy(() -> users(List.of(new User("alice", null, Role.VIEWER)), null))
                .hasMessageContaining("user 'alice'").hasMessageContaining("no password-hash");
    }

    @Test
    void refusesTwoUsersWhoseNamesDifferOnlyInCase() {
        assertThatThrownBy(() -> users(List.of(new User("vera", VERA_HASH, Role.VIEWER),
                new User("Vera", VERA_HASH, Role.ADMIN)), null))
                .hasMessageContaining("users[1] (user 'Vera') has the same username as another user");
    }

    @Test
    void hashesTheAdminPasswordFromTheEnvironmentInMemory() {
        List<UserDetails> users = users(List.of(new User("vera", VERA_HASH, Role.VIEWER)), "ada-acknowledges");

        assertThat(users).extracting(UserDetails::getUsername).containsExactly("vera", "ada");
        UserDetails ada = users.get(1);
        assertThat(ada.getPassword()).startsWith("{bcrypt}").doesNotContain("ada-acknowledges");
        assertThat(ENCODER.matches("ada-acknowledges", ada.getPassword())).isTrue();
        assertThat(roles(ada)).containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_ADMIN");
        assertThat(roles(users.get(0))).containsExactly("ROLE_VIEWER");
    }

    @Test
    void generatesNoAdminWhenOneIsConfigured() {
        List<UserDetails> users = users(List.of(new User("vera", VERA_HASH, Role.ADMIN)), "");

        assertThat(users).extracting(UserDetails::getUsername).containsExactly("vera");
    }

    @Test
    void addsTheGeneratedAdminWhenNoAdminIsConfigured() {
        String generated = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("generated");
        List<UserDetails> users = DashboardUsers.from(properties(List.of(new User("vera", VERA_HASH, Role.VIEWER)),
                null), ENCODER, () -> generated);

        assertThat(users).extracting(UserDetails::getUsername).containsExactly("vera", "ada");
        assertThat(users.get(1).getPassword()).isEqualTo(generated);
    }

    private static List<UserDetails> users(List<User> configured, String adminPassword) {
        return DashboardUsers.from(properties(configured, adminPassword), ENCODER, NO_GENERATED_ADMIN);
    }

    private static DashboardProperties properties(List<User> users, String adminPassword) {
        return new DashboardProperties(new DashboardProperties.Analytics(URI.create("http://127.0.0.1:8083"),
                "rostrum-api", "s3cret"), users, Path.of("unused"), new Admin("ada", adminPassword));
    }

    private static List<String> roles(UserDetails user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
