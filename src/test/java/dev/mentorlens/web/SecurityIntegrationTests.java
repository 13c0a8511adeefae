package dev.mentorlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorlens.support.ApiClient;
import dev.mentorlens.support.ApiClient.Response;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Who may do what on {@code serve}: anonymous, a viewer, ops; and the audit log of what ops did. */
class SecurityIntegrationTests {

    private static ApiClient anonymous(String kind) {
        return new ApiClient(ApiIntegrationTests.app(kind).port());
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void anonymousGets401EverywhereButHealth(String kind) {
        ApiClient api = anonymous(kind);

        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        assertThat(api.get("/api/runs").status()).isEqualTo(401);
        assertThat(api.get("/api/jobs").status()).isEqualTo(401);
        assertThat(api.post("/api/jobs/reports/start?period=2026-03").status()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.get("/actuator/info").status()).isEqualTo(401);
        assertThat(api.get("/").status()).as("the console sends to its login page").isEqualTo(302);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aWrongPasswordIsAnAnonymousRequest(String kind) {
        assertThat(anonymous(kind).as(ApiUsers.OPS, "guess").get("/api/runs").status()).isEqualTo(401);
        assertThat(anonymous(kind).as("mallory", ApiUsers.OPS_PASSWORD).get("/api/runs").status()).isEqualTo(401);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aViewerReadsButGets403OnEveryActionAndNothingIsLaunched(String kind) {
        ApiClient viewer = anonymous(kind).as(ApiUsers.VIEWER, ApiUsers.VIEWER_PASSWORD);

        assertThat(viewer.get("/api/runs").status()).isEqualTo(200);
        assertThat(viewer.get("/api/jobs").status()).isEqualTo(200);
        assertThat(viewer.get("/api/launches").status()).isEqualTo(200);
        assertThat(viewer.get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(viewer.post("/api/jobs/reports/start?period=2026-04").status()).isEqualTo(403);
        assertThat(viewer.post("/api/jobs/reports/rerun?period=2026-04").status()).isEqualTo(403);
        assertThat(viewer.post("/api/runs/1/restart").status()).isEqualTo(403);
        assertThat(viewer.post("/api/runs/1/stop").status()).isEqualTo(403);
        assertThat(viewer.post("/api/jobs/reload").status()).isEqualTo(403);
        assertThat(viewer.get("/api/audit").status()).isEqualTo(403);
        assertThat(viewer.get("/api/launches").json()).noneSatisfy(launch ->
                assertThat(launch.path("period").asString()).isEqualTo("2026-04"));
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void whatOpsTriggersAndStopsIsInTheAuditLogWithTheirName(String kind) {
        ApiClient ops = anonymous(kind).as(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);

        Response started = ops.post("/api/jobs/reports/start?period=2025-09");
        JsonNode launch = ApiIntegrationTests.awaitEnd(ops, started.json().path("id").asLong());
        long run = launch.path("results").path(0).path("run").path("id").asLong();
        ops.post("/api/runs/" + run + "/stop");

        assertThat(started.json().path("triggeredBy").asString()).isEqualTo(ApiUsers.OPS);
        JsonNode audit = ops.get("/api/audit?limit=50").json();
        assertThat(audit).anySatisfy(entry -> {
            assertThat(entry.path("user").asString()).isEqualTo(ApiUsers.OPS);
            assertThat(entry.path("action").asString()).isEqualTo("start");
            assertThat(entry.path("target").asString()).isEqualTo("reports 2025-09");
            assertThat(entry.path("detail").asString()).isEqualTo("launch " + launch.path("id").asLong());
        });
        // a stop refused (the run had ended) is not an action taken
        assertThat(audit).noneSatisfy(entry -> assertThat(entry.path("target").asString()).isEqualTo("run " + run));
    }
}
