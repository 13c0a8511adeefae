package dev.mentorlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.mentorlens.support.ApiClient;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.ServeApp;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The morning after a failed run: ops read why it failed, fix the input and restart it through the API. */
class RunActionsIntegrationTests {

    private static final String BAD_SESSIONS = """
            session_id,programme_id,match_id,started_at,duration_minutes,status,channel,attendee_ids
            S4,career,M1,2026-02-10T10:00:00+01:00,sixty,held,video,E1;E2
            S5,career,M2,2026-02-12T10:00:00Z,45,cancelled,phone,E3;E4
            """;

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aRunFailedOnItsInputsShowsWhyAndCompletesWhenRestartedAfterTheFix(String kind) throws IOException {
        try (ServeApp app = new ServeApp(kind, "run_actions")) {
            Path input = new InputFolderBuilder().file("sessions-2026-02.csv", BAD_SESSIONS)
                    .writeTo(app.base().resolve("in"));
            app.job("strict.yml", """
                    name: strict
                    kind: monthly-report
                    schedule: {cron: "0 0 0 1 1 *", zone: UTC}
                    input: in
                    output: out
                    settings: {max-reject-ratio: 0}
                    """);
            app.start(ApiUsers.ARGS.toArray(String[]::new));
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
                    + " " + entry.path("target").asString()).containsExactly("restart run " + runId,
                            "start strict 2026-02");
        }
    }
}
