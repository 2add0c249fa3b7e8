package io.rostrum.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rostrum.dashboard.DashboardApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** The whole application starting, as an installation does: first with nobody configured, then again. */
@ExtendWith(OutputCaptureExtension.class)
class DashboardStartUpTests {

    private static final Pattern CREDENTIAL = Pattern.compile("Initial admin credential: admin / ([A-Za-z0-9_-]+) —");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Test
    void generatesAnInitialAdminOnceAndKeepsOnlyItsHash(@TempDir Path stateDir, CapturedOutput output)
            throws IOException {
        String password;
        try (ConfigurableApplicationContext first = start(stateDir)) {
            Matcher logged = CREDENTIAL.matcher(output.getOut());
            assertThat(logged.find()).as("the generated password, logged").isTrue();
            password = logged.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(24);
        }
        Path file = stateDir.resolve("initial-admin.hash");
        assertThat(Files.readString(file)).startsWith("{bcrypt}$2").doesNotContain(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        int loggedBefore = output.getOut().length();
        try (ConfigurableApplicationContext second = start(stateDir)) {
            assertThat(output.getOut().substring(loggedBefore)).doesNotContain("Initial admin credential");
            WebTestClient web = WebTestClient.bindToServer().responseTimeout(Duration.ofSeconds(30))
                    .baseUrl("http://127.0.0.1:" + second.getEnvironment().getProperty("local.server.port")).build();
            assertThat(signIn(web, "admin", password)).isEqualTo("/");
            assertThat(signIn(web, "admin", password + "x")).isEqualTo("/login?error");
        }
        assertThat(Files.readString(file)).startsWith("{bcrypt}$2");
    }

    @Test
    void refusesToStartWithAPlainTextPassword(@TempDir Path stateDir) {
        assertThatThrownBy(() -> start(stateDir, "--rostrum.dashboard.users[0].username=alice",
                "--rostrum.dashboard.users[0].password-hash=correct-horse", "--rostrum.dashboard.users[0].role=ADMIN"))
                .rootCause()
                .isInstanceOf(InvalidUsersException.class)
                .hasMessageContaining("user 'alice'")
                .hasMessageContaining("plain-text password")
                .hasMessageNotContaining("correct-horse");
    }

    private static ConfigurableApplicationContext start(Path stateDir, String... more) {
        String[] arguments = {"--server.port=0", "--spring.main.banner-mode=off",
                "--rostrum.dashboard.state-dir=" + stateDir, "--rostrum.dashboard.admin.username=admin",
                "--rostrum.dashboard.admin.password="};
        String[] all = new String[arguments.length + more.length];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        System.arraycopy(more, 0, all, arguments.length, more.length);
        return new SpringApplicationBuilder(DashboardApplication.class).run(all);
    }

    /** @return where the sign-in sends the browser */
    private static String signIn(WebTestClient web, String username, String password) {
        EntityExchangeResult<String> page = web.get().uri("/login").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        ResponseCookie session = page.getResponseCookies().getFirst("SESSION");
        Matcher csrf = CSRF.matcher(page.getResponseBody());
        assertThat(session).isNotNull();
        assertThat(csrf.find()).isTrue();
        EntityExchangeResult<byte[]> result = web.post().uri("/login").cookie("SESSION", session.getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", username).with("password", password)
                        .with("_csrf", csrf.group(1)))
                .exchange().expectStatus().isEqualTo(HttpStatus.FOUND).expectBody().returnResult();
        return result.getResponseHeaders().getLocation().toString();
    }
}
