package io.rostrum.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/** Signing in through our own page, with a real security filter chain, session and CSRF protection. */
@SpringBootTest
@AutoConfigureWebTestClient(timeout = "30s") // bcrypt and the first render are slow on a busy machine
class SignInTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String POLICY = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    private static final MockWebServer analytics = new MockWebServer();
    private static final String EMPTY_COHORT = emptyCohort();

    @Autowired
    private WebTestClient web;

    /** Recorded from analytics-service for a week without posts. */
    private static String emptyCohort() {
        try {
            return new ClassPathResource("analytics/metrics-empty.json").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void usersAndAnalytics(DynamicPropertyRegistry registry) throws IOException {
        analytics.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                // no executives yet: the overview still asks for the cohort's figures, which are all empty
                String body = request.getPath().startsWith("/api/metrics") ? EMPTY_COHORT : "[]";
                return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
            }
        });
        analytics.start();
        registry.add("rostrum.dashboard.analytics.url", () -> analytics.url("/").toString());
        registry.add("rostrum.dashboard.analytics.password", () -> "s3cret");
        registry.add("rostrum.dashboard.users[0].username", () -> "vera");
        registry.add("rostrum.dashboard.users[0].password-hash",
                () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode("vera-reads-only"));
        registry.add("rostrum.dashboard.users[0].role", () -> "VIEWER");
        registry.add("rostrum.dashboard.admin.username", () -> "ada");
        registry.add("rostrum.dashboard.admin.password", () -> "ada-acknowledges");
    }

    @AfterAll
    static void stopAnalytics() throws IOException {
        analytics.shutdown();
    }

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() {
        web.get().uri("/").exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/login");
    }

    @Test
    void servesTheSignInPageWithItsMarkupContract() {
        String page = web.get().uri("/login").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("<title>Sign in · Rostrum</title>", "href=\"/css/rostrum.css\"",
                "<form id=\"sign-in-form\" method=\"post\" action=\"/login\"",
                "<label for=\"username\">", "<input id=\"username\" name=\"username\" autocomplete=\"username\" required",
                "<label for=\"password\">",
                "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>",
                "<button id=\"sign-in\" type=\"submit\">Sign in</button>")
                .doesNotContain("login-error", "logged-out", "style=")
                .as("scripts only from files, none inline").doesNotContainPattern("<script(?![^>]*\\ssrc=)");
        assertThat(CSRF.matcher(page).results().count()).isEqualTo(1);
    }

    @Test
    void tellsOfAFailedSignInAndOfASignOut() {
        assertThat(web.get().uri("/login?error").exchange().expectBody(String.class).returnResult().getResponseBody())
                .contains("<p id=\"login-error\" role=\"alert\"", ">Wrong username or password.</p>");
        assertThat(web.get().uri("/login?logout").exchange().expectBody(String.class).returnResult().getResponseBody())
                .contains("<p id=\"logged-out\" role=\"status\"", ">You are signed out.</p>");
    }

    @Test
    void signsInWithTheRightPasswordAndTheSessionOpensTheOverview() {
        String session = signIn("vera", "vera-reads-only");

        web.get().uri("/").cookie("SESSION", session).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).contains("<h1>How your leaders engage</h1>"));
    }

    @Test
    void changesTheSessionIdOnSignInSoAPlantedOneIsWorthless() {
        Form form = loginForm();

        String session = signIn(form, "vera", "vera-reads-only");

        assertThat(session).isNotEqualTo(form.session());
        web.get().uri("/").cookie("SESSION", session).exchange().expectStatus().isOk();
        web.get().uri("/").cookie("SESSION", form.session()).exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/login");
    }

    @Test
    void sendsAWrongPasswordBackToTheLoginPageWithoutASession() {
        Form form = loginForm();
        form.fields().add("username", "vera");
        form.fields().add("password", "wrong");

        EntityExchangeResult<byte[]> result = web.post().uri("/login").cookie("SESSION", form.session())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form.fields())).exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/login?error")
                .expectBody().returnResult();

        web.get().uri("/").cookie("SESSION", sessionAfter(result, form.session())).exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/login");
    }

    @Test
    void refusesASignInWithoutTheCsrfToken() {
        Form form = loginForm();

        web.post().uri("/login").cookie("SESSION", form.session())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", "ada").with("password", "ada-acknowledges")).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void letsOnlyAnAdminAcknowledgeAnAlert() {
        assertThat(acknowledge(signIn("vera", "vera-reads-only"))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(acknowledge(signIn("ada", "ada-acknowledges"))).isNotEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void signsOutToTheLoginPageAndEndsTheSession() {
        String session = signIn("vera", "vera-reads-only");

        web.post().uri("/logout").cookie("SESSION", session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("_csrf", csrfToken(session))).exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/login?logout");

        web.get().uri("/").cookie("SESSION", session).exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/login");
    }

    @Test
    void setsTheContentSecurityPolicyAndOtherSecurityHeaders() {
        web.get().uri("/login").exchange()
                .expectHeader().valueEquals("Content-Security-Policy", POLICY)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "same-origin");
    }

    @Test
    void servesTheStylesheetToAnonymousVisitors() {
        web.get().uri("/css/rostrum.css").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(css -> assertThat(css).contains("/* sign-in */"));
    }

    /** @return the session cookie of the signed-in user */
    private String signIn(String username, String password) {
        return signIn(loginForm(), username, password);
    }

    private String signIn(Form form, String username, String password) {
        form.fields().add("username", username);
        form.fields().add("password", password);
        EntityExchangeResult<byte[]> result = web.post().uri("/login").cookie("SESSION", form.session())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form.fields())).exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/")
                .expectBody().returnResult();
        ResponseCookie renewed = result.getResponseCookies().getFirst("SESSION");
        assertThat(renewed).as("a session cookie set on sign-in").isNotNull();
        assertThat(renewed.getValue()).as("a new session id on sign-in").isNotEqualTo(form.session());
        return renewed.getValue();
    }

    /** A fresh visit to the sign-in page: its session, and a form holding its CSRF token. */
    private Form loginForm() {
        EntityExchangeResult<String> page = web.get().uri("/login").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult();
        ResponseCookie session = page.getResponseCookies().getFirst("SESSION");
        assertThat(session).as("session cookie").isNotNull();
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("_csrf", token(page.getResponseBody()));
        return new Form(session.getValue(), fields);
    }

    private HttpStatus acknowledge(String session) {
        return HttpStatus.valueOf(web.post().uri("/alerts/alert-1/acknowledge").cookie("SESSION", session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("_csrf", csrfToken(session))).exchange()
                .returnResult(Void.class).getStatus().value());
    }

    private String csrfToken(String session) {
        return token(web.get().uri("/login").cookie("SESSION", session).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private static String token(String page) {
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("a CSRF token in the page").isTrue();
        return csrf.group(1);
    }

    private static String sessionAfter(EntityExchangeResult<?> result, String before) {
        ResponseCookie renewed = result.getResponseCookies().getFirst("SESSION");
        return renewed != null ? renewed.getValue() : before;
    }

    private record Form(String session, MultiValueMap<String, String> fields) {
    }
}
