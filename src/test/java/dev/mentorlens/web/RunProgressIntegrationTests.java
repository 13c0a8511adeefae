package dev.mentorlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorlens.batch.RunOwners;
import dev.mentorlens.support.ApiClient;
import dev.mentorlens.support.ConsoleBrowser;
import dev.mentorlens.support.ServeApp;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A run's progress as JSON, which the console's run page polls while the run goes. */
class RunProgressIntegrationTests {

    private static ApiClient ops(String kind) {
        return new ApiClient(ApiIntegrationTests.app(kind).port()).as(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void anEndedRunsProgressHasEveryStepsCountsAndNoCurrentStep(String kind) {
        ApiClient api = ops(kind);
        long run = ApiIntegrationTests.awaitEnd(api, api.post("/api/jobs/reports/start?period=2023-02").json()
                .path("id").asLong()).path("results").path(0).path("run").path("id").asLong();

        JsonNode progress = api.get("/api/runs/" + run + "/progress").json();

        assertThat(progress.path("state").asString()).isEqualTo("COMPLETED");
        assertThat(progress.path("running").asBoolean()).isFalse();
        assertThat(progress.path("currentStep").isNull()).isTrue();
        assertThat(progress.path("elapsedSeconds").asLong()).isNotNegative();
        assertThat(progress.path("steps")).isEqualTo(api.get("/api/runs/" + run).json().path("steps"));
        assertThat(api.get("/api/runs/987654/progress").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void whileARunIsInAStepItsProgressNamesThatStepAndItsRowsSoFarAndTheRunPagePollsIt(String kind) {
        ServeApp app = ApiIntegrationTests.app(kind);
        ApiClient api = ops(kind);
        long run = ApiIntegrationTests.awaitEnd(api, api.post("/api/jobs/reports/start?period=2023-03").json()
                .path("id").asLong()).path("results").path(0).path("run").path("id").asLong();
        JdbcTemplate jdbc = app.database().jdbc();
        long sessions = jdbc.queryForObject("select step_execution_id from batch_step_execution where job_execution_id"
                + " = ? and step_name = 'ingestSessionsStep'", Long.class, run);
        ConsoleBrowser browser = new ConsoleBrowser(app.port());
        browser.logIn(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
        JsonNode progress;
        String page;
        String polled;

        // the run as this process would show it halfway through its sessions step, 1234 rows read so far
        jdbc.update("update batch_job_execution set status = 'STARTED', end_time = null where job_execution_id = ?",
                run);
        jdbc.update("update batch_step_execution set status = 'STARTED', end_time = null, read_count = 1234"
                + " where step_execution_id = ?", sessions);
        jdbc.update("update run_owner set process_token = ? where job_execution_id = ?", RunOwners.PROCESS_TOKEN, run);
        try {
            progress = api.get("/api/runs/" + run + "/progress").json();
            page = browser.get("/runs/" + run).html();
            polled = browser.get("/runs/" + run + "/progress").html();
        } finally {
            jdbc.update("update batch_step_execution set status = 'COMPLETED', end_time = start_time where"
                    + " step_execution_id = ?", sessions);
            jdbc.update("update batch_job_execution set status = 'COMPLETED', end_time = start_time where"
                    + " job_execution_id = ?", run);
        }

        assertThat(progress.path("running").asBoolean()).isTrue();
        assertThat(progress.path("state").asString()).isEqualTo("STARTED");
        assertThat(progress.path("currentStep").asString()).isEqualTo("ingestSessionsStep");
        assertThat(progress.path("steps")).anySatisfy(step -> {
            assertThat(step.path("name").asString()).isEqualTo("ingestSessionsStep");
            assertThat(step.path("read").asLong()).isEqualTo(1234);
        });
        assertThat(page).contains("data-progress=\"/runs/" + run + "/progress\"", "src=\"/console-live.js\"",
                "id=\"current-step\"> ingestSessionsStep</span>", "<noscript>");
        assertThat(polled).contains("\"currentStep\":\"ingestSessionsStep\"", "\"read\":1234");
        assertThat(browser.get("/console-live.js").html()).contains("data-progress", "fetch(");
    }
}
