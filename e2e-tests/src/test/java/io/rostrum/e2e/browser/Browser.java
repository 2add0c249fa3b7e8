package io.rostrum.e2e.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven through Debian's chromedriver, that knows the dashboard's readiness contract: a
 * page is ready when {@code document.body.dataset.ready} is "true" (set once its data is drawn, together with
 * {@code window.rostrumReadyAt}). Every page load it waits for is recorded in the shared {@link PageTimings}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);
    private static final String READY = "return document.readyState === 'complete'"
            + " && !!document.body && document.body.dataset.ready === 'true'"
            + " && performance.getEntriesByType('navigation')[0].loadEventEnd > 0";

    private final ChromeDriver driver;
    private final PageTimings timings;
    private final Path profile;

    Browser(PageTimings timings) {
        this(timings, new Dimension(1366, 900));
    }

    Browser(PageTimings timings, Dimension window) {
        this.timings = timings;
        try {
            this.profile = Files.createTempDirectory("rostrum-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // an explicit driver and binary, so Selenium Manager never looks for (or downloads) either
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // without the background-networking flags Chromium keeps trying to reach the closed network, and stalls
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--window-size=" + window.getWidth() + "," + window.getHeight());
        // a dialog opened by a page stays open for the test to find, instead of being dismissed on the next command
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(window);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Navigates to {@code url} and waits until the page it lands on (after any redirect) is ready. */
    void open(String url) {
        driver.get(url);
        awaitReady();
    }

    /** Runs {@code action}, which leaves the current page (a click, a submit), and waits for the next one. */
    void navigateBy(Runnable action) {
        WebElement current = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, READY_TIMEOUT).until(ExpectedConditions.stalenessOf(current));
        awaitReady();
    }

    /**
     * Runs {@code action} (a search, say) and waits until {@code until} is on the page, whether a script drew it in
     * place or the page was left for a new one; a new page is waited for and recorded like any other.
     */
    void interact(Runnable action, By until) {
        WebElement current = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, READY_TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(until));
        if (ExpectedConditions.stalenessOf(current).apply(driver)) {
            awaitReady();
        }
    }

    void reload() {
        navigateBy(() -> driver.navigate().refresh());
    }

    /**
     * Signs in through the login form at {@code base}/login and waits for the page it redirects to: the overview,
     * or the page first asked for when the sign-in was forced by one.
     */
    void signIn(URI base, String user, String password) {
        if (!path().equals("/login")) {
            open(base.resolve("/login").toString());
        }
        submitLogin(user, password);
    }

    /** Fills in and submits the login form already shown. */
    void submitLogin(String user, String password) {
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        navigateBy(() -> signInButton().click());
    }

    String path() {
        URI current = URI.create(driver.getCurrentUrl());
        return current.getPath() == null || current.getPath().isEmpty() ? "/" : current.getPath();
    }

    /** The whole page, beyond the viewport (DevTools' captureBeyondViewport), as a PNG at {@code file}. */
    void screenshotFullPage(Path file) throws IOException {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    void screenshotViewport(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    private WebElement signInButton() {
        return driver.findElement(By.id("sign-in"));
    }

    private void awaitReady() {
        new WebDriverWait(driver, READY_TIMEOUT).pollingEvery(Duration.ofMillis(25))
                .withMessage(() -> "page " + driver.getCurrentUrl() + " never set body[data-ready=true]")
                .until(browser -> Boolean.TRUE.equals(driver.executeScript(READY)));
        timings.record(driver);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
