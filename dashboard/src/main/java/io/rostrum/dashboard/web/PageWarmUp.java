package io.rostrum.dashboard.web;

import io.rostrum.dashboard.config.DashboardProperties;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens each kind of page once after a start, signed in as the admin the environment names, then signs out: the
 * first render of a page builds the template's parse tree and the reflective calls behind its expressions, about
 * half a second on 2 cores that would otherwise fall on the first person to look. It uses the sign-in form like
 * anyone else and runs only when the admin's password comes from the environment (as `./rostrum demo` and a
 * compose deployment set it); with a generated admin nothing is opened.
 */
@Component
class PageWarmUp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final DashboardProperties.Admin admin;
    private volatile int port;

    PageWarmUp(DashboardProperties properties) {
        this.admin = properties.admin();
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    /** Blocks while it opens the pages; call off the event loop. */
    void openPages(List<String> executiveIds) throws IOException, InterruptedException {
        if (admin.password() == null || admin.password().isBlank() || port == 0 || executiveIds.isEmpty()) {
            return;
        }
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(TIMEOUT).build();
        post(http, "/login", Map.of("username", admin.username(), "password", admin.password(),
                "_csrf", csrf(get(http, "/login"))));
        String executive = "/executives/" + executiveIds.get(0);
        for (String page : List.of("/", executive, executive + "/profile", "/alerts", "/compare")) {
            get(http, page);
        }
        post(http, "/logout", Map.of("_csrf", csrf(get(http, "/"))));
    }

    private String get(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private void post(HttpClient http, String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        http.send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String csrf(String page) throws IOException {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IOException("no CSRF token on the page");
        }
        return token.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
