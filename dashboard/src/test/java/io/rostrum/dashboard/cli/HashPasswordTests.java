package io.rostrum.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class HashPasswordTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsABcryptHashOfThePasswordOnTheFirstLineOfInput() throws IOException {
        char[] password = HashPassword.readLine(new StringReader("correct horse\nignored\n"));

        int status = HashPassword.run(password, print(out), print(err));

        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(status).isZero();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("correct horse");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("correct horse", hash)).isTrue();
        assertThat(password).containsOnly('\0');
    }

    @Test
    void refusesAnEmptyPassword() throws IOException {
        int status = HashPassword.run(HashPassword.readLine(new StringReader("")), print(out), print(err));

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No password given");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
