package dev.mentorlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.mentorlens.support.ApiClient;
import dev.mentorlens.support.ApiClient.Response;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.ServeApp;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The REST API of {@code serve} over HTTP, as curl or a console calls it, on each database. */
class ApiIntegrationTests {

    private static final Map<String, ServeApp> APPS = new ConcurrentHashMap<>();

    /** One application per database kind for the tests of this package, with the job {@code reports}. */
    static ServeApp app(String kind) {
        return APPS.computeIfAbsent(kind, k -> {
            ServeApp app = new ServeApp(k, "api");
            new InputFolderBuilder().writeTo(app.base().resolve("in"));
            app.job("reports.yml", """
                    name: reports
                    kind: monthly-report
                    schedule:
                      cron: "0 0 0 1 1 *"
                      zone: UTC
                    input: in
                    output: out
                    settings:
                      max-reject-ratio: 1
                    """);
            List<String> args = new ArrayList<>(ApiUsers.ARGS);
            // a launch waits for the ingest tables a test holds, however slow the machine
            args.add("--mentorlens.locks.wait=120s");
            return app.start(args.toArray(String[]::new));
        });
    }

    private static ApiClient ops(String kind) {
        return new ApiClient(app(kind).port()).as(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void startsAPeriodInTheBackgroundAndShowsTheRunWithItsStepCounts(String kind) {
        ApiClient api = ops(kind);

        Response accepted = api.post("/api/jobs/reports/start?period=2026-02");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.location()).isEqualTo("/api/launches/" + accepted.json().path("id").asLong());
        JsonNode launch = awaitEnd(api, accepted.json().path("id").asLong());
        assertThat(launch.path("outcome").asString()).isEqualTo("COMPLETED");
        long runId = launch.path("results").path(0).path("run").path("id").asLong();

        JsonNode run = api.get("/api/runs/" + runId).json();
        assertThat(run.path("state").asString()).isEqualTo("COMPLETED");
        assertThat(run.path("parameters").path("period").asString()).isEqualTo("2026-02");
        assertThat(run.path("steps")).extracting(step -> step.path("name").asString())
                .contains("planIngestStep", "ingestSessionsStep", "metricsStep", "publishStep");
        // the input files are read once per database, by whichever run saw them first
        long sessionsRead = 0;
        for (JsonNode listed : api.get("/api/runs?job=monthlyReportJob&limit=500").json()) {
            for (JsonNode step : listed.path("steps")) {
                if (step.path("name").asString().equals("ingestSessionsStep")) {
                    sessionsRead += step.path("read").asLong();
                }
            }
        }
        assertThat(sessionsRead).isEqualTo(5);
        assertThat(api.get("/api/runs?period=2026-02&state=completed&job=monthlyReportJob").json())
                .extracting(node -> node.path("id").asLong()).contains(runId);
        assertThat(api.get("/api/runs?period=2025-01").json()).isEmpty();
        assertThat(api.get("/api/runs?programme=career").json()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aSecondTriggerOfAPeriodStillRunningIsRefusedWithAConflictThatSaysWhichLaunchRunsIt(String kind) {
        ServeApp app = app(kind);
        ApiClient api = ops(kind);
        Response first;
        Response second;
        Response rerun;

        app.holdIngestTables();
        try {
            first = api.post("/api/jobs/reports/start?period=2026-01");
            second = api.post("/api/jobs/reports/start?period=2026-01");
            rerun = api.post("/api/jobs/reports/rerun?period=2026-01");
        } finally {
            app.releaseIngestTables();
        }

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        long launch = first.json().path("id").asLong();
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("message").asString()).startsWith("monthly-report 2026-01 ALL is already")
                .contains("as launch " + launch + ", asked by " + ApiUsers.OPS);
        assertThat(rerun.status()).isEqualTo(409);
        assertThat(awaitEnd(api, launch).path("outcome").asString()).isEqualTo("COMPLETED");
        assertThat(api.post("/api/jobs/reports/start?period=2026-01").json().path("id").asLong())
                .as("accepted again once the first launch ended").isGreaterThan(launch);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void refusesWhatCannotBeDoneWithOneSentence(String kind) {
        ApiClient api = ops(kind);
        long completed = awaitEnd(api, api.post("/api/jobs/reports/start?period=2025-11").json().path("id").asLong())
                .path("results").path(0).path("run").path("id").asLong();

        assertThat(api.post("/api/jobs/nightly/start")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().path("message").asString()).isEqualTo("There is no job 'nightly'; the jobs are"
                    + " [reports].");
        });
        assertThat(api.post("/api/jobs/reports/start?period=2026-13")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().path("message").asString()).contains("got '2026-13'");
        });
        assertThat(api.post("/api/jobs/reports/rerun").status()).isEqualTo(400);
        assertThat(api.post("/api/runs/" + completed + "/stop")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.json().path("message").asString()).isEqualTo("Run " + completed
                    + " is not running (COMPLETED); there is nothing to stop.");
        });
        assertThat(api.post("/api/runs/" + completed + "/restart").status()).isEqualTo(409);
        assertThat(api.get("/api/runs/987654").status()).isEqualTo(404);
        assertThat(api.get("/api/runs?state=sleeping").status()).isEqualTo(400);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void listsTheJobsWithTheirNextFireAndTheirLastOutcome(String kind) {
        JsonNode jobs = ops(kind).get("/api/jobs").json();

        JsonNode reports = jobs.path("jobs").path(0);
        assertThat(reports.path("name").asString()).isEqualTo("reports");
        assertThat(reports.path("kind").asString()).isEqualTo("monthly-report");
        assertThat(reports.path("nextFire").asString()).contains("-01-01T00:00");
        assertThat(jobs.path("problems")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void exposesHealthToAnyoneAndRunMetricsInPrometheusFormat(String kind) {
        ApiClient api = ops(kind);
        awaitEnd(api, api.post("/api/jobs/reports/start?period=2025-10").json().path("id").asLong());

        Response health = new ApiClient(app(kind).port()).get("/actuator/health");
        String metrics = api.get("/actuator/prometheus").body();

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(metrics).contains("mentorlens_runs_started_total{job=\"reports\"}")
                .contains("mentorlens_runs_duration_seconds_count{job=\"reports\",outcome=\"COMPLETED\"}")
                .contains("mentorlens_rows_ingested_total{source=\"sessions\"}");
        assertThat(api.get("/actuator/info").status()).isEqualTo(200);
    }

    static JsonNode awaitEnd(ApiClient api, long launch) {
        JsonNode[] last = new JsonNode[1];
        ServeApp.await("launch " + launch + " ends", Duration.ofMinutes(2), () -> {
            last[0] = api.get("/api/launches/" + launch).json();
            return last[0].path("state").asString().equals("ENDED");
        });
        return last[0];
    }
}
