package io.rostrum.dashboard.security;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * Checks that a configured password is a hash {@code DelegatingPasswordEncoder} can verify, and a strong one, so a
 * plain-text or mistyped password stops the dashboard at start-up instead of failing every sign-in. Messages name
 * the user but never repeat the value: it may be a real password.
 */
final class PasswordHashes {

    private static final Pattern ENCODED = Pattern.compile("\\A\\{([^{}]+)}(.+)\\z", Pattern.DOTALL);
    private static final Pattern BCRYPT = Pattern.compile("\\A\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}\\z");
    private static final Set<String> STRONG = Set.of("bcrypt", "argon2", "argon2@SpringSecurity_v5_8", "pbkdf2",
            "pbkdf2@SpringSecurity_v5_8", "scrypt", "scrypt@SpringSecurity_v5_8");
    private static final Set<String> NEED_BOUNCY_CASTLE = Set.of("argon2", "argon2@SpringSecurity_v5_8", "scrypt",
            "scrypt@SpringSecurity_v5_8");
    private static final String HOW = "give a hash with a known {id} prefix, such as {bcrypt}$2a$10$... (make one"
            + " with `./rostrum hash-password`)";

    private PasswordHashes() {
    }

    /**
     * @param owner who the hash belongs to, as the message should name it, e.g. {@code user 'alice'}
     * @return the hash, unchanged
     * @throws InvalidUsersException if it is missing, plain text, weak, or malformed
     */
    static String require(String owner, @Nullable String hash) {
        if (hash == null || hash.isBlank()) {
            throw new InvalidUsersException(owner + " has no password-hash: " + HOW);
        }
        Matcher encoded = ENCODED.matcher(hash);
        if (!encoded.matches() || "noop".equals(encoded.group(1))) {
            throw new InvalidUsersException(owner + " has a plain-text password, which is refused: " + HOW);
        }
        String id = encoded.group(1);
        if (!STRONG.contains(id)) {
            throw new InvalidUsersException(owner + " has a password hash with the unknown or weak prefix {" + id
                    + "}: " + HOW);
        }
        if (NEED_BOUNCY_CASTLE.contains(id) && !ClassUtils.isPresent("org.bouncycastle.crypto.params.Argon2Parameters",
                PasswordHashes.class.getClassLoader())) {
            throw new InvalidUsersException(owner + " has an {" + id + "} hash, which needs BouncyCastle; the"
                    + " dashboard ships without it: use {bcrypt}");
        }
        if ("bcrypt".equals(id) && !BCRYPT.matcher(encoded.group(2)).matches()) {
            throw new InvalidUsersException(owner + " has a {bcrypt} password hash that is not well-formed"
                    + " (expected {bcrypt}$2a$10$ followed by 53 characters)");
        }
        return hash;
    }
}
