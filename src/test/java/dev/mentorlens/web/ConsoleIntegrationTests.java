package dev.mentorlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mentorlens.support.ApiClient;
import dev.mentorlens.support.ConsoleBrowser;
import dev.mentorlens.support.ConsoleBrowser.Page;
import dev.mentorlens.support.ServeApp;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The console in a browser's place: login, what each role sees and may post, and the CSRF check on its forms. */
class ConsoleIntegrationTests {

    private static final Pattern LAUNCH = Pattern.compile("Launch (\\d+) of reports accepted");

    private static ConsoleBrowser browser(String kind) {
        return new ConsoleBrowser(ApiIntegrationTests.app(kind).port());
    }

    private static ApiClient api(String kind) {
        return new ApiClient(ApiIntegrationTests.app(kind).port()).as(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void sendsAnonymousVisitorsToALoginFormThatLetsOnlyRightPasswordsIn(String kind) {
        ConsoleBrowser browser = browser(kind);

        Page anonymous = browser.get("/runs");
        Page login = browser.get("/login");
        Page wrong = browser.logIn(ApiUsers.OPS, "guess");
        Page right = browser.logIn(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);

        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).isEqualTo("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.html()).contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"");
        assertThat(wrong.location()).isEqualTo("/login?error");
        assertThat(right.location()).isEqualTo("/");
        Page jobs = browser.get("/");
        assertThat(jobs.status()).isEqualTo(200);
        assertThat(jobs.html()).contains("reports", "monthly-report", "Run now");
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void opsStartARunFromTheFormAndSeeItListedWithItsFiles(String kind) {
        ConsoleBrowser ops = browser(kind);
        ops.logIn(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
        ops.get("/");

        Page started = ops.submit("/jobs/reports/start", Map.of("period", "2025-03"));

        assertThat(started.status()).isEqualTo(302);
        Page jobs = ops.get(started.location());
        Matcher accepted = LAUNCH.matcher(jobs.html());
        assertThat(accepted.find()).as(jobs.html()).isTrue();
        JsonNode launch = ApiIntegrationTests.awaitEnd(api(kind), Long.parseLong(accepted.group(1)));
        long run = launch.path("results").path(0).path("run").path("id").asLong();
        assertThat(launch.path("triggeredBy").asString()).isEqualTo(ApiUsers.OPS);
        Page runs = ops.get("/runs?period=2025-03&state=COMPLETED");
        assertThat(runs.html()).contains("href=\"/runs/" + run + "\"", "COMPLETED", "ingestSessionsStep");
        Page page = ops.get("/runs/" + run);
        assertThat(page.html()).contains("manifest.json", "href=\"/runs/" + run + "/files/manifest.json\"", "sessions")
                .doesNotContain("http-equiv=\"refresh\"");
        assertThat(ops.get("/runs/" + run + "/files/manifest.json").html()).containsPattern("\"period\" ?: ?\"2025-03\"");
        assertThat(ops.get("/runs/" + run + "/files/../../../jobs/reports.yml").status()).isIn(400, 404);
        assertThat(ops.get("/runs/" + run + "/files/%2e%2e/%2e%2e/%2e%2e/jobs/reports.yml").status()).isIn(400, 404);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aPageShowingALaunchInProgressReloadsItselfUntilItEnds(String kind) {
        ServeApp app = ApiIntegrationTests.app(kind);
        ConsoleBrowser ops = browser(kind);
        ops.logIn(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
        ops.get("/");
        Page waiting;
        Matcher accepted;

        app.holdIngestTables();
        try {
            accepted = LAUNCH.matcher(ops.get(ops.submit("/jobs/reports/start", Map.of("period", "2024-12"))
                    .location()).html());
            assertThat(accepted.find()).isTrue();
            waiting = ops.get("/");
        } finally {
            app.releaseIngestTables();
        }
        ApiIntegrationTests.awaitEnd(api(kind), Long.parseLong(accepted.group(1)));

        assertThat(waiting.html()).contains("http-equiv=\"refresh\"", "running");
        assertThat(ops.get("/").html()).doesNotContain("http-equiv=\"refresh\"");
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aViewerSeesNoActionAndGets403PostingOneWithAValidToken(String kind) {
        ConsoleBrowser viewer = browser(kind);
        viewer.logIn(ApiUsers.VIEWER, ApiUsers.VIEWER_PASSWORD);

        Page jobs = viewer.get("/");
        Page refused = viewer.submit("/jobs/reports/start", Map.of("period", "2025-02"));

        assertThat(jobs.status()).isEqualTo(200);
        assertThat(jobs.html()).contains("reports").doesNotContain("/jobs/reports/start", "Run now", "Rerun");
        assertThat(viewer.get("/runs").html()).doesNotContain("/restart", "/stop");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(viewer.get("/audit").status()).isEqualTo(403);
        assertThat(api(kind).get("/api/launches").json()).noneSatisfy(launch ->
                assertThat(launch.path("period").asString()).isEqualTo("2025-02"));
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aFormPostedWithoutTheCsrfTokenIsRefusedAndLaunchesNothing(String kind) {
        ConsoleBrowser ops = browser(kind);
        ops.logIn(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);

        Page forged = ops.submitWithoutToken("/jobs/reports/start", Map.of("period", "2025-01"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(api(kind).get("/api/launches").json()).noneSatisfy(launch ->
                assertThat(launch.path("period").asString()).isEqualTo("2025-01"));
        assertThat(api(kind).get("/api/audit?limit=1000").json()).noneSatisfy(entry ->
                assertThat(entry.path("target").asString()).isEqualTo("reports 2025-01"));
    }
}
