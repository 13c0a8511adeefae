package dev.mentorlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorlens.support.ApiClient;
import dev.mentorlens.support.ApiClient.Response;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The API with a bearer token instead of HTTP Basic: the token's user and roles, and nothing for a wrong one. */
class BearerTokenIntegrationTests {

    private static ApiClient anonymous(String kind) {
        return new ApiClient(ApiIntegrationTests.app(kind).port());
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aTokenActsAsItsUserWithItsRoles(String kind) {
        ApiClient ops = anonymous(kind).withToken(ApiUsers.OPS_TOKEN);
        ApiClient viewer = anonymous(kind).withToken(ApiUsers.VIEWER_TOKEN);

        Response started = ops.post("/api/jobs/reports/start?period=2023-05");

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode launch = ApiIntegrationTests.awaitEnd(ops, started.json().path("id").asLong());
        assertThat(launch.path("triggeredBy").asString()).isEqualTo(ApiUsers.OPS);
        assertThat(launch.path("outcome").asString()).isEqualTo("COMPLETED");
        assertThat(viewer.get("/api/runs?period=2023-05").json()).isNotEmpty();
        assertThat(viewer.post("/api/jobs/reports/start?period=2023-06").status()).isEqualTo(403);
        assertThat(viewer.get("/api/audit").status()).isEqualTo(403);
        assertThat(ops.get("/api/audit?limit=1000").json()).anySatisfy(entry -> {
            assertThat(entry.path("user").asString()).isEqualTo(ApiUsers.OPS);
            assertThat(entry.path("target").asString()).isEqualTo("reports 2023-05");
        });
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aWrongTokenIs401AndATokenDoesNotOpenTheConsole(String kind) {
        Response wrong = anonymous(kind).withToken(ApiTokens.generate()).get("/api/runs");
        Response hashAsToken = anonymous(kind).withToken(ApiTokens.hash(ApiUsers.OPS_TOKEN)).get("/api/runs");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("message").asString()).startsWith("The bearer token is not one of serve's");
        assertThat(hashAsToken.status()).isEqualTo(401);
        assertThat(anonymous(kind).withToken(ApiUsers.OPS_TOKEN).get("/runs").status())
                .as("the console logs in with its form only").isEqualTo(302);
        assertThat(anonymous(kind).withToken(ApiUsers.VIEWER_TOKEN).get("/actuator/prometheus").status())
                .isEqualTo(200);
    }
}
