package io.rostrum.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.rostrum.events.AlertRaised;
import io.rostrum.events.AlertType;
import io.rostrum.events.Author;
import io.rostrum.events.Events;
import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.infra.junit.LocalStackExtension;
import io.rostrum.infra.junit.TestStack;
import io.rostrum.infra.launcher.Credentials;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard in a real headless Chromium against the whole platform with the demo data: the issue's
 * acceptance, one test per line. Every page load is timed (see {@link PageTimings}); the last test holds nine in
 * ten warm loads to the 1 s budget and every load to 2 s.
 */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTests {

    private static final Path TARGET = Path.of("target");
    private static final Duration PAGE_BUDGET = Duration.ofSeconds(1);
    /**
     * Every load, the first of each page type included. The browser, the platform and the test share 2 cores, and a
     * load landing on a busy moment took up to 1.4 s where the same page otherwise took 0.5 s (docs/benchmarks.md).
     */
    private static final Duration CEILING = Duration.ofSeconds(2);
    private static final Duration ALERT_BUDGET = Duration.ofSeconds(5);
    private static final String EXECUTIVE = "founder-nadia-brandt";
    private static final List<String> CHARTS = List.of("approach-mix", "cadence", "response", "reputation",
            "stakeholder-mix", "platform-split");
    /** A window inside the demo's half year (April to October 2026), so a shared link shows data. */
    private static final String SHARED_QUERY = "from=2026-06-01&to=2026-09-30&zone=Europe/Berlin&interval=week";
    private static final String XSS = "<img src=x onerror=alert(1)>";

    private final PageTimings timings = new PageTimings();
    private BrowserPlatform platform;
    private Browser browser;

    @BeforeAll
    void startPlatformAndSignIn(TestStack stack, @TempDir Path state) throws Exception {
        platform = BrowserPlatform.start(stack, state);
        browser = new Browser(timings);
        browser.signIn(platform.dashboard(), credentials().dashboardUser(), credentials().dashboardPassword());
    }

    @AfterAll
    void stopAndReport() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (platform != null) {
                platform.close();
            }
            System.out.println("\nPage timings (ms since navigation start):\n"
                    + timings.report(TARGET.resolve("page-timings.md")));
        }
    }

    @Test
    @Order(1)
    void signingInLandsOnTheOverviewAndAWrongPasswordIsTurnedAway() {
        try (Browser fresh = new Browser(timings)) {
            fresh.open(url("/login"));
            fresh.submitLogin(credentials().dashboardUser(), credentials().dashboardPassword() + "-wrong");
            assertThat(pathAndQuery(fresh.driver())).isEqualTo("/login?error");
            assertThat(fresh.driver().findElement(By.id("login-error")).isDisplayed()).isTrue();

            fresh.open(url("/"));
            assertThat(fresh.path()).as("no session after a wrong password").isEqualTo("/login");

            fresh.submitLogin(credentials().dashboardUser(), credentials().dashboardPassword());
            assertThat(fresh.path()).isEqualTo("/");
            assertThat(fresh.driver().findElements(By.cssSelector("article.exec-card"))).isNotEmpty();

            fresh.navigateBy(() -> fresh.driver().findElement(By.cssSelector("form#sign-out button")).click());
            assertThat(pathAndQuery(fresh.driver())).isEqualTo("/login?logout");
            assertThat(fresh.driver().findElement(By.id("logged-out")).isDisplayed()).isTrue();
        }
    }

    @Test
    @Order(2)
    void theOverviewShowsACardForEveryDemoExecutive() throws Exception {
        browser.open(url("/"));

        ChromeDriver page = browser.driver();
        List<String> shown = page.findElements(By.cssSelector("article.exec-card")).stream()
                .map(card -> card.getDomAttribute("data-executive-id")).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(
                platform.dataset().executives().stream().map(ExecutiveRegistered::executiveId).toList());
        for (String id : shown) {
            WebElement link = page.findElement(By.cssSelector(
                    "article.exec-card[data-executive-id='" + id + "'] a.exec-link"));
            assertThat(URI.create(link.getDomProperty("href")).getPath()).isEqualTo("/executives/" + id);
        }
        assertThat(page.findElements(By.id("cohort-totals"))).isNotEmpty();
        browser.screenshotFullPage(TARGET.resolve("screenshots/overview.png"));
    }

    @Test
    @Order(3)
    void anExecutivePageDrawsEveryChartWithDataAndListsThePosts() throws Exception {
        browser.open(url("/executives/" + EXECUTIVE));

        assertThat(chartPoints(browser.driver())).containsOnlyKeys(CHARTS).allSatisfy((chart, points) ->
                assertThat(points).as(chart).isPositive());
        assertThat(browser.driver().findElements(By.cssSelector("table#posts tbody tr[data-post-key]"))).isNotEmpty();
        browser.screenshotFullPage(TARGET.resolve("screenshots/executive.png"));
    }

    @Test
    @Order(4)
    void aNewAlertAppearsInTheOpenInboxWithinFiveSeconds() throws Exception {
        browser.open(url("/alerts"));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> browser.driver()
                .findElements(By.cssSelector("#live-status[data-state='open']")).size() == 1);
        AlertRaised alert = new AlertRaised(Events.SCHEMA_VERSION, "browser-test-" + UUID.randomUUID(),
                Instant.now(), EXECUTIVE, AlertType.RESPONSE_SPIKE, "Raised by the browser test",
                Map.of("statistic", 4.2, "threshold", 3.0), List.of());
        By shown = By.cssSelector("#alert-list li.alert[data-alert-id='" + alert.alertId() + "']");

        long published;
        try (AlertPublisher publisher = new AlertPublisher(platform.kafkaBootstrap(), platform.namespace())) {
            published = System.nanoTime();
            publisher.publish(alert);
        }
        await().atMost(ALERT_BUDGET.plusSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() ->
                browser.driver().findElements(shown).stream().anyMatch(WebElement::isDisplayed));
        Duration latency = Duration.ofNanos(System.nanoTime() - published);

        System.out.printf(Locale.ROOT, "%nAlert latency, publish to visible in the open inbox: %d ms%n",
                latency.toMillis());
        assertThat(latency).isLessThan(ALERT_BUDGET);
    }

    @Test
    @Order(5)
    void aPostCarryingMarkupShowsItAsTextAndRunsNothing() throws Exception {
        PostObserved post = markupPost();
        new PostUploader(platform.ingest(), credentials().apiUser(), credentials().apiPassword()).upload(post);
        platform.awaitIndexed(post.postKey());

        browser.open(url("/executives/" + EXECUTIVE));
        assertShownAsText(browser.driver(), "table#posts td .post-text");

        browser.interact(() -> browser.driver().findElement(By.cssSelector("form#search #q"))
                .sendKeys("zebrafish" + Keys.ENTER), By.cssSelector("#search-results li.result"));
        assertShownAsText(browser.driver(), "#search-results li.result");
    }

    @Test
    @Order(6)
    void aSharedLinkSurvivesASignInInAFreshBrowserAndAFullReload() {
        browser.open(url("/executives/" + EXECUTIVE + "?" + SHARED_QUERY));
        String shared = browser.driver().getCurrentUrl();
        Map<String, String> controls = controls(browser.driver());
        assertThat(controls).containsEntry("zone", "Europe/Berlin").containsEntry("interval", "week")
                .containsEntry("from", "2026-06-01").containsEntry("to", "2026-09-30");

        try (Browser fresh = new Browser(timings)) {
            fresh.open(shared);
            assertThat(fresh.path()).isEqualTo("/login");
            fresh.submitLogin(credentials().dashboardUser(), credentials().dashboardPassword());
            assertThat(fresh.driver().getCurrentUrl()).as("the request cache sends us back").isEqualTo(shared);

            fresh.reload();
            assertThat(fresh.driver().getCurrentUrl()).isEqualTo(shared);
            assertThat(controls(fresh.driver())).isEqualTo(controls);
            assertThat(chartPoints(fresh.driver())).containsOnlyKeys(CHARTS).allSatisfy((chart, points) ->
                    assertThat(points).as(chart).isPositive());
        }
    }

    @Test
    @Order(7)
    void theOverviewAndAnExecutivePageFitATabletWithoutSidewaysScrolling() {
        try (Browser tablet = new Browser(timings, new Dimension(768, 1024))) {
            tablet.open(url("/login"));
            tablet.submitLogin(credentials().dashboardUser(), credentials().dashboardPassword());
            for (String page : List.of("/", "/executives/" + EXECUTIVE, "/alerts")) {
                tablet.open(url(page));
                Object overflow = tablet.driver().executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(((Number) overflow).intValue()).as("sideways overflow of %s in px", page)
                        .isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void nineInTenWarmPagesWereReadyWithinOneSecondAndEveryPageWithinTwo() {
        assertThat(timings.loads()).isNotEmpty().allSatisfy(load -> {
            assertThat(load.ready()).as("rostrumReadyAt of %s", load.path()).isNotNull();
            assertThat(load.ready()).as("ready time of %s (ms)", load.path()).isLessThan((double) CEILING.toMillis());
        });
        assertThat(PageTimings.percentile(timings.warm(), 0.9)).as("90th percentile of the warm loads (ms)")
                .isLessThan((double) PAGE_BUDGET.toMillis());
    }

    private static void assertShownAsText(ChromeDriver page, String textSelector) {
        assertThat(page.findElements(By.cssSelector(textSelector)).stream().map(WebElement::getText))
                .anySatisfy(text -> assertThat(text).contains(XSS));
        assertThat(page.findElements(By.cssSelector("img[src='x']"))).isEmpty();
        assertThatThrownBy(() -> page.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    /** The newest post of the executive, so it leads the posts table, with the markup and a word to search for. */
    private static PostObserved markupPost() {
        Author author = new Author("browser-test", "nadia.browser.example", "Nadia Brandt", null, 1_000, true);
        Instant created = Instant.parse("2026-10-31T23:00:00Z");
        return PostObserved.observe(EXECUTIVE, Platform.JSONL, "browser-xss-" + UUID.randomUUID(),
                PostKind.EXECUTIVE_POST, author, null, null, created,
                "Our zebrafish study is out " + XSS + " read it today", "en", null,
                new MetricSnapshot(0, 0, 0, 0, created.plusSeconds(60)));
    }

    /** Each chart's plotted points, by name: the {@code data-points} attribute its script sets once drawn. */
    private static Map<String, Integer> chartPoints(ChromeDriver page) {
        return page.findElements(By.cssSelector("div.chart[data-chart]")).stream().collect(
                Collectors.toMap(chart -> chart.getDomAttribute("data-chart"),
                        chart -> Integer.parseInt(String.valueOf(chart.getDomAttribute("data-points")))));
    }

    private static Map<String, String> controls(ChromeDriver page) {
        return List.of("from", "to", "zone", "interval").stream().collect(Collectors.toMap(id -> id,
                id -> String.valueOf(page.findElement(By.id(id)).getDomProperty("value"))));
    }

    private static String pathAndQuery(ChromeDriver page) {
        URI current = URI.create(page.getCurrentUrl());
        return current.getPath() + (current.getQuery() == null ? "" : "?" + current.getQuery());
    }

    private String url(String pathAndQuery) {
        return platform.dashboard() + pathAndQuery;
    }

    private Credentials credentials() {
        return platform.credentials();
    }
}
