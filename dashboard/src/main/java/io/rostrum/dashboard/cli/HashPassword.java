package io.rostrum.dashboard.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.util.Arrays;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Prints the {@code {bcrypt}} hash of a password, for {@code rostrum.dashboard.users[*].password-hash}. The password
 * is read from the terminal without echo, or as the first line of standard input, never from the command line,
 * where {@code ps} and the shell's history would keep it.
 */
public final class HashPassword {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private HashPassword() {
    }

    public static void main(String[] args) throws IOException {
        Console console = System.console();
        char[] password = console != null ? console.readPassword("Password to hash: ")
                : readLine(new InputStreamReader(System.in, Charset.defaultCharset()));
        System.exit(run(password, System.out, System.err));
    }

    /** @return the exit status: 0 with the hash printed, 1 when there was no password */
    static int run(char[] password, PrintStream out, PrintStream err) {
        try {
            if (password.length == 0) {
                err.println("No password given: type it, or pipe it in on the first line of standard input.");
                return 1;
            }
            out.println(hash(password));
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    static String hash(char[] password) {
        return ENCODER.encode(CharBuffer.wrap(password));
    }

    static char[] readLine(Reader input) throws IOException {
        String line = new BufferedReader(input).readLine();
        return line == null ? new char[0] : line.toCharArray();
    }
}
