package dev.mentorlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.mentorlens.support.ApiClient;
import dev.mentorlens.support.HeadlessChromium;
import dev.mentorlens.support.ServeApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The console in a real browser (headless Chromium): ops log in, start the October 2026 report of
 * sample-data, watch it to the end and download a programme's workbook; a viewer finds no action to take
 * and is refused one posted anyway; a viewer of one programme gets that programme's workbook and not
 * another's. The pages are the same on either database, so this runs on H2 only;
 * {@link ConsoleIntegrationTests} and {@link ProgrammeViewersIntegrationTests} cover the console on both.
 */
class BrowserIntegrationTests {

    private static final String JOB = """
            name: monthly
            kind: monthly-report
            schedule: {cron: "0 0 0 1 1 *", zone: UTC}
            input: in
            output: out
            """;
    private static final String CAREER = "career-mentoring";
    private static final String PEER = "peer-coaching";
    private static final String CAREER_VIEWER = "paula";
    private static final String CAREER_VIEWER_PASSWORD = "career-viewer-secret-1";
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");
    /** A whole sample-data run on a machine shared with other builds: generous, as only a failure waits it out. */
    private static final Duration RUN_LIMIT = Duration.ofMinutes(5);

    private static ServeApp app;
    /** Runs of sample-data started through the API, by period, for the tests that only need one to exist. */
    private static final Map<String, Long> COMPLETED = new ConcurrentHashMap<>();

    @TempDir
    Path downloads;
    private ChromeDriver browser;

    @BeforeAll
    static void startServe() throws IOException {
        app = new ServeApp("h2", "browser");
        copyFolder(Path.of("sample-data"), app.base().resolve("in"));
        app.job("monthly.yml", JOB);
        List<String> args = new ArrayList<>(ApiUsers.ARGS);
        args.addAll(List.of("--mentorlens.users[2].name=" + CAREER_VIEWER,
                "--mentorlens.users[2].password-hash=" + new BCryptPasswordEncoder().encode(CAREER_VIEWER_PASSWORD),
                "--mentorlens.users[2].roles=viewer", "--mentorlens.users[2].programmes=" + CAREER));
        app.start(args.toArray(String[]::new));
    }

    @AfterAll
    static void stopServe() {
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start(downloads);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void opsStartARunFromTheConsoleWatchItCompleteAndDownloadAProgrammeWorkbookByteForByte() throws IOException {
        browser.get(url("/runs"));
        assertThat(browser.getCurrentUrl()).as("an anonymous visitor is sent to the login form").endsWith("/login");
        HeadlessChromium.screenshot(browser, "login");
        logIn(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);

        WebElement start = browser.findElement(By.cssSelector("form[action='/jobs/monthly/start']"));
        start.findElement(By.name("period")).sendKeys("2026-10");
        start.findElement(By.tagName("button")).click();
        assertThat(waitFor("the launch is accepted", Duration.ofSeconds(30),
                () -> text(By.cssSelector("p.message"))).orElseThrow()).matches("Launch \\d+ of monthly accepted\\.");
        HeadlessChromium.screenshot(browser, "jobs");
        assertThat(browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the jobs page, with every action of ops, fits a 1280-pixel window").isEqualTo(true);

        browser.findElement(By.linkText("Runs")).click();
        // the run is listed once its launch has started it; until then a user reloads the page
        WebElement listed = waitFor("the run of 2026-10 is listed", RUN_LIMIT, () -> {
            List<WebElement> links = browser.findElements(By.xpath(
                    "//table[contains(@class,'runs')]/tbody/tr[td[3]='2026-10']/td[1]/a"));
            if (links.isEmpty()) {
                browser.navigate().refresh();
                return Optional.empty();
            }
            return Optional.of(links.get(0));
        }).orElseThrow();
        HeadlessChromium.screenshot(browser, "runs");
        listed.click();

        // the run's page reloads itself while the run goes on
        String state = waitFor("the run's page shows it ended", RUN_LIMIT, () -> text(By.cssSelector("h1 .state"))
                .filter(shown -> !RUNNING.contains(shown))).orElseThrow();
        HeadlessChromium.screenshot(browser, "run");
        assertThat(state).as(browser.findElement(By.tagName("main")).getText()).isEqualTo("COMPLETED");

        WebElement workbook = browser.findElements(By.cssSelector("main a[href$='.xlsx']")).stream()
                .filter(link -> !link.getText().startsWith("ALL/")).findFirst().orElseThrow(() -> new AssertionError(
                        "no programme workbook listed: " + browser.findElement(By.tagName("main")).getText()));
        String published = workbook.getText();
        workbook.click();

        Path downloaded = awaitDownload(published);
        assertThat(published).matches("[a-z-]+/[a-z-]+-2026-10\\.xlsx");
        assertThat(Files.readAllBytes(downloaded))
                .isEqualTo(Files.readAllBytes(app.base().resolve("out").resolve("2026-10").resolve(published)));
    }

    @Test
    void aViewerFindsNoActionOnAnyPageAndIsRefusedOnePostedWithItsSession() {
        ApiClient ops = ops();
        long run = completedRun("2026-09");
        browser.get(url("/login"));
        logIn(ApiUsers.VIEWER, ApiUsers.VIEWER_PASSWORD);

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("monthly");
        assertNoAction("the jobs page");
        browser.findElement(By.linkText("Runs")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("2026-09");
        assertNoAction("the runs page");
        browser.findElement(By.linkText("#" + run)).click();
        assertThat(text(By.cssSelector("h1 .state"))).contains("COMPLETED");
        assertNoAction("the run's page");
        HeadlessChromium.screenshot(browser, "viewer-run");

        assertThat(postWithThePagesToken("/jobs/monthly/start", "period=2026-08")).isEqualTo(403);
        assertThat(postWithThePagesToken("/jobs/monthly/rerun", "period=2026-09")).isEqualTo(403);
        assertThat(postWithThePagesToken("/jobs/monthly/backfill", "from=2026-07&to=2026-08")).isEqualTo(403);
        assertThat(postWithThePagesToken("/runs/" + run + "/restart", "")).isEqualTo(403);
        assertThat(postWithThePagesToken("/runs/" + run + "/stop", "")).isEqualTo(403);
        assertThat(ops.get("/api/launches").json()).noneSatisfy(launch -> assertThat(launch.path("triggeredBy")
                .asString()).isEqualTo(ApiUsers.VIEWER));
        // the refusals came from the viewer's role, not from a session or token the browser lacked
        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector("nav .user")).getText()).contains(ApiUsers.VIEWER);
    }

    @Test
    void aViewerOfOneProgrammeDownloadsItsWorkbookButNotAnotherProgrammes() throws IOException {
        long run = completedRun("2026-09");
        Path published = app.base().resolve("out").resolve("2026-09");
        String own = CAREER + "/" + CAREER + "-2026-09.xlsx";
        String other = PEER + "/" + PEER + "-2026-09.xlsx";
        browser.get(url("/login"));
        logIn(CAREER_VIEWER, CAREER_VIEWER_PASSWORD);

        browser.get(url("/runs/" + run));
        List<String> listed = browser.findElements(By.cssSelector("main table a[href*='/files/']")).stream()
                .map(WebElement::getText).toList();
        HeadlessChromium.screenshot(browser, "programme-viewer-run");
        // typed into the address bar, and fetched by the page with the viewer's session
        browser.get(url("/runs/" + run + "/files/" + other));
        browser.get(url("/runs/" + run));
        long fetched = status("GET", "/runs/" + run + "/files/" + other, null);
        browser.findElement(By.linkText(own)).click();

        Path downloaded = awaitDownload(own);
        assertThat(listed).contains(own).allMatch(path -> path.startsWith(CAREER + "/"));
        assertThat(Files.isRegularFile(published.resolve(other))).as("the refused workbook was published").isTrue();
        assertThat(fetched).isEqualTo(404);
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(Files.readAllBytes(published.resolve(own)));
        try (Stream<Path> saved = Files.list(downloads)) {
            assertThat(saved.map(path -> path.getFileName().toString())).containsExactly(downloaded.getFileName()
                    .toString());
        }
    }

    private void logIn(String user, String password) {
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        waitFor("the console opens after the login", Duration.ofSeconds(30),
                () -> text(By.cssSelector("nav .user")).filter(shown -> shown.contains(user)));
    }

    /** The only form a viewer's page may post is the logout; no button but the logout and the runs filter. */
    private void assertNoAction(String page) {
        assertThat(browser.findElements(By.cssSelector("form[method='post']"))).as(page)
                .extracting(form -> form.getDomAttribute("action")).containsExactly("/logout");
        assertThat(browser.findElements(By.tagName("button"))).as(page).extracting(WebElement::getText)
                .allMatch(label -> label.equals("Log out") || label.equals("Filter"));
        assertThat(browser.findElement(By.tagName("body")).getText()).as(page)
                .doesNotContain("Run now", "Rerun", "Backfill", "Restart", "Stop");
    }

    /** Posts a form from the page, as a forged button would, with the CSRF token the page holds. */
    private long postWithThePagesToken(String path, String fields) {
        String token = browser.findElement(By.cssSelector("input[name='_csrf']")).getDomAttribute("value");
        return status("POST", path, "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + (fields.isEmpty() ? "" : "&" + fields));
    }

    /** The status of a request the page sends with the browser's session (its cookie), redirects not followed. */
    private long status(String method, String path, String form) {
        Object status = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const request = {method: arguments[0], redirect: 'manual'};
                if (arguments[2] !== null) {
                    request.body = arguments[2];
                    request.headers = {'Content-Type': 'application/x-www-form-urlencoded'};
                }
                fetch(arguments[1], request).then(response => done(response.status), error => done(String(error)));
                """, method, path, form);
        assertThat(status).as("the answer to " + method + " " + path).isInstanceOf(Long.class);
        return (Long) status;
    }

    /** Waits until the browser has saved the file (named as the last part of its path) into the downloads folder. */
    private Path awaitDownload(String published) {
        Path downloaded = downloads.resolve(Path.of(published).getFileName());
        Path partial = downloaded.resolveSibling(downloaded.getFileName() + ".crdownload");
        return waitFor("the browser saves " + published, Duration.ofSeconds(60), () -> Optional.of(downloaded)
                .filter(Files::isRegularFile).filter(file -> !Files.exists(partial))).orElseThrow();
    }

    private static ApiClient ops() {
        return new ApiClient(app.port()).as(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
    }

    private static long completedRun(String period) {
        return COMPLETED.computeIfAbsent(period, BrowserIntegrationTests::startAndAwait);
    }

    private static long startAndAwait(String period) {
        ApiClient ops = ops();
        long id = ops.post("/api/jobs/monthly/start?period=" + period).json().path("id").asLong();
        JsonNode[] launch = new JsonNode[1];
        ServeApp.await("launch " + id + " ends", RUN_LIMIT, () -> {
            launch[0] = ops.get("/api/launches/" + id).json();
            return launch[0].path("state").asString().equals("ENDED");
        });
        assertThat(launch[0].path("outcome").asString()).as(launch[0].toString()).isEqualTo("COMPLETED");
        return launch[0].path("results").path(0).path("run").path("id").asLong();
    }

    private Optional<String> text(By where) {
        try {
            return browser.findElements(where).stream().findFirst().map(WebElement::getText);
        } catch (StaleElementReferenceException reloaded) {
            return Optional.empty();
        }
    }

    private <T> Optional<T> waitFor(String what, Duration limit, Supplier<Optional<T>> condition) {
        return new WebDriverWait(browser, limit, Duration.ofMillis(250))
                .withMessage(() -> what + "; the page shows: " + text(By.tagName("body")).orElse("(nothing)"))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> condition.get().map(Optional::of).orElse(null));
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
