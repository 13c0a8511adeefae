package dev.mentorlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.mentorlens.support.ApiClient;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.ServeApp;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * What ops do through the API besides starting runs: read why a run failed, restart it after fixing its
 * input; change the job definitions and have them loaded again.
 */
class RunActionsIntegrationTests {

    private static final String BAD_SESSIONS = """
            session_id,programme_id,match_id,started_at,duration_minutes,status,channel,attendee_ids
            S4,career,M1,2026-02-10T10:00:00+01:00,sixty,held,video,E1;E2
            S5,career,M2,2026-02-12T10:00:00Z,45,cancelled,phone,E3;E4
            """;

    private static final Map<String, ServeApp> APPS = new ConcurrentHashMap<>();

    private static final String STRICT = """
            name: strict
            kind: monthly-report
            schedule: {cron: "0 0 0 1 1 *", zone: UTC}
            input: in
            output: out
            settings: {max-reject-ratio: 0}
            """;

    /** One application per database kind whose job {@code strict} fails on a rejected session. */
    private static ServeApp app(String kind) {
        return APPS.computeIfAbsent(kind, k -> {
            ServeApp app = new ServeApp(k, "run_actions");
            new InputFolderBuilder().file("sessions-2026-02.csv", BAD_SESSIONS).writeTo(app.base().resolve("in"));
            app.job("strict.yml", STRICT);
            List<String> args = new ArrayList<>(ApiUsers.ARGS);
            args.add("--mentorlens.jobs.watch=1s");
            return app.start(args.toArray(String[]::new));
        });
    }

    @AfterAll
    static void stopApps() {
        APPS.values().forEach(ServeApp::close);
        APPS.clear();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aRunFailedOnItsInputsShowsWhyAndCompletesWhenRestartedAfterTheFix(String kind) throws IOException {
        ServeApp app = app(kind);
        Path input = app.base().resolve("in");
        ApiClient ops = new ApiClient(app.port()).as(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);

        JsonNode failed = ApiIntegrationTests.awaitEnd(ops,
                ops.post("/api/jobs/strict/start?period=2026-02").json().path("id").asLong());
        long runId = failed.path("results").path(0).path("run").path("id").asLong();
        JsonNode run = ops.get("/api/runs/" + runId).json();

        assertThat(failed.path("outcome").asString()).isEqualTo("FAILED");
        assertThat(run.path("state").asString()).isEqualTo("FAILED");
        assertThat(run.path("failureReason").asString()).contains("sessions");
        assertThat(run.path("inputProblem").asBoolean()).isTrue();
        assertThat(ops.get("/api/runs?state=FAILED&job=monthlyReportJob").json())
                .extracting(node -> node.path("id").asLong()).containsExactly(runId);

        Files.writeString(input.resolve("sessions-2026-02.csv"), BAD_SESSIONS.replace("sixty", "60"));
        var restart = ops.post("/api/runs/" + runId + "/restart");
        JsonNode restarted = ApiIntegrationTests.awaitEnd(ops, restart.json().path("id").asLong());

        assertThat(restart.status()).isEqualTo(202);
        assertThat(restarted.path("outcome").asString()).isEqualTo("COMPLETED");
        JsonNode completed = restarted.path("results").path(0).path("run");
        assertThat(completed.path("parameters").path("period").asString()).isEqualTo("2026-02");
        assertThat(completed.path("parameters").path("rerun").asString()).isEqualTo("0");
        assertThat(Files.isDirectory(app.base().resolve("out").resolve("2026-02"))).isTrue();
        assertThat(ops.get("/api/audit").json()).extracting(entry -> entry.path("action").asString()
                + " " + entry.path("target").asString()).containsSubsequence("restart run " + runId,
                        "start strict 2026-02");
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void changedDefinitionsAreLoadedOnRequestAndWhenTheFolderChangesAndABadOneLeavesTheOthersRunning(String kind) {
        ServeApp app = app(kind);
        ApiClient ops = new ApiClient(app.port()).as(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
        app.job("weekly.yml", STRICT.replace("name: strict", "name: weekly").replace("0 0 0 1 1 *", "0 0 7 * * MON"));
        app.job("zz-broken.yml", STRICT.replace("name: strict", "name: broken").replace("UTC", "Mars/Olympus"));

        JsonNode reloaded = ops.post("/api/jobs/reload").json();

        assertThat(reloaded.path("jobs")).extracting(job -> job.path("name").asString())
                .containsExactlyInAnyOrder("strict", "weekly");
        assertThat(reloaded.path("problems")).extracting(JsonNode::asString).containsExactly("jobs/zz-broken.yml:"
                + " schedule.zone 'Mars/Olympus' is not valid; expected a time zone such as Europe/London or UTC.");

        app.job("zz-broken.yml", STRICT.replace("name: strict", "name: fixed"));
        ServeApp.await("the fixed definition is loaded without a request", Duration.ofMinutes(1),
                () -> ops.get("/api/jobs").json().path("problems").isEmpty());

        assertThat(ops.get("/api/jobs").json().path("jobs")).extracting(job -> job.path("name").asString())
                .containsExactlyInAnyOrder("strict", "weekly", "fixed");
        assertThat(ops.get("/api/audit").json()).anySatisfy(entry ->
                assertThat(entry.path("action").asString()).isEqualTo("reload"));
    }
}
