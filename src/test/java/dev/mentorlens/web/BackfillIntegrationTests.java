package dev.mentorlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mentorlens.support.ApiClient;
import dev.mentorlens.support.ApiClient.Response;
import dev.mentorlens.support.ConsoleBrowser;
import dev.mentorlens.support.ConsoleBrowser.Page;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** A backfill of a range of months from the API and the console: one launch, one run per month in order. */
class BackfillIntegrationTests {

    private static final Pattern BACKFILL = Pattern.compile("Launch (\\d+) backfills reports from 2024-07 to 2024-08");

    private static ApiClient ops(String kind) {
        return new ApiClient(ApiIntegrationTests.app(kind).port()).as(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void runsEachMonthInOrderKeepingACompletedMonthUnlessAskedToRerunIt(String kind) {
        ApiClient api = ops(kind);
        JsonNode before = ApiIntegrationTests.awaitEnd(api, api.post("/api/jobs/reports/start?period=2024-05").json()
                .path("id").asLong());
        long may = before.path("results").path(0).path("run").path("id").asLong();

        Response accepted = api.post("/api/jobs/reports/backfill?from=2024-04&to=2024-06");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonNode launch = ApiIntegrationTests.awaitEnd(api, accepted.json().path("id").asLong());
        assertThat(launch.path("action").asString()).isEqualTo("backfill");
        assertThat(launch.path("period").asString()).isEqualTo("2024-04..2024-06");
        assertThat(launch.path("outcome").asString()).isEqualTo("COMPLETED");
        assertThat(periodsAndOutcomes(launch)).containsExactly("2024-04 COMPLETED", "2024-05 ALREADY_COMPLETED",
                "2024-06 COMPLETED");
        assertThat(launch.path("results").path(1).path("run").path("id").asLong()).isEqualTo(may);
        assertThat(launch.path("results").path(0).path("run").path("id").asLong())
                .isLessThan(launch.path("results").path(2).path("run").path("id").asLong());
        List<JsonNode> audited = new ArrayList<>();
        api.get("/api/audit?limit=1000").json().forEach(entry -> {
            if (entry.path("action").asString().equals("backfill")
                    && entry.path("target").asString().equals("reports 2024-04..2024-06")) {
                audited.add(entry);
            }
        });
        assertThat(audited).singleElement().satisfies(entry -> assertThat(entry.path("detail").asString())
                .isEqualTo("launch " + launch.path("id").asLong() + ", 3 months, completed months kept"));

        JsonNode again = ApiIntegrationTests.awaitEnd(api, api.post("/api/jobs/reports/backfill?from=2024-05&to=2024-05"
                + "&rerun=true").json().path("id").asLong());

        assertThat(periodsAndOutcomes(again)).containsExactly("2024-05 COMPLETED");
        JsonNode rerun = again.path("results").path(0).path("run");
        assertThat(rerun.path("id").asLong()).isNotEqualTo(may);
        assertThat(rerun.path("parameters").path("rerun").asString()).isEqualTo("1");
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void refusesABadRangeWithOneSentenceAndLaunchesNothing(String kind) {
        ApiClient api = ops(kind);
        int launchesBefore = api.get("/api/launches").json().size();

        assertThat(refusal(api, "from=2024-06&to=2024-01")).isEqualTo("from 2024-06 is after to 2024-01; give the"
                + " earlier month as from.");
        assertThat(refusal(api, "from=2020-01&to=2026-01")).isEqualTo("A backfill covers at most 36 months, and"
                + " 2020-01 to 2026-01 is 73; split it into shorter ranges.");
        assertThat(refusal(api, "from=2024-4&to=2024-06")).isEqualTo("from must be a month from 1900-01 to 2199-12 as"
                + " YYYY-MM, e.g. 2026-10 (got '2024-4').");
        assertThat(refusal(api, "from=2024-04")).isEqualTo("to is missing; give a month as YYYY-MM, e.g. 2026-01.");
        assertThat(api.get("/api/launches").json().size()).isEqualTo(launchesBefore);
        assertThat(new ApiClient(ApiIntegrationTests.app(kind).port()).as(ApiUsers.VIEWER, ApiUsers.VIEWER_PASSWORD)
                .post("/api/jobs/reports/backfill?from=2024-01&to=2024-02").status()).isEqualTo(403);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void opsBackfillFromTheConsoleFormWithItsCsrfTokenAndAViewerCannot(String kind) {
        ConsoleBrowser ops = new ConsoleBrowser(ApiIntegrationTests.app(kind).port());
        ops.logIn(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
        assertThat(ops.get("/").html()).contains("action=\"/jobs/reports/backfill\"", "Backfill");

        Page forged = ops.submitWithoutToken("/jobs/reports/backfill", Map.of("from", "2024-07", "to", "2024-08"));
        Page backwards = ops.get(ops.submit("/jobs/reports/backfill", Map.of("from", "2024-08", "to", "2024-07"))
                .location());
        Page started = ops.submit("/jobs/reports/backfill", Map.of("from", "2024-07", "to", "2024-08"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(backwards.html()).contains("from 2024-08 is after to 2024-07; give the earlier month as from.");
        assertThat(started.status()).isEqualTo(302);
        Matcher accepted = BACKFILL.matcher(ops.get(started.location()).html());
        assertThat(accepted.find()).isTrue();
        JsonNode launch = ApiIntegrationTests.awaitEnd(ops(kind), Long.parseLong(accepted.group(1)));
        assertThat(periodsAndOutcomes(launch)).containsExactly("2024-07 COMPLETED", "2024-08 COMPLETED");
        assertThat(launch.path("triggeredBy").asString()).isEqualTo(ApiUsers.OPS);

        ConsoleBrowser viewer = new ConsoleBrowser(ApiIntegrationTests.app(kind).port());
        viewer.logIn(ApiUsers.VIEWER, ApiUsers.VIEWER_PASSWORD);
        assertThat(viewer.get("/").html()).doesNotContain("Backfill");
        assertThat(viewer.submit("/jobs/reports/backfill", Map.of("from", "2024-09", "to", "2024-09")).status())
                .isEqualTo(403);
    }

    private static String refusal(ApiClient api, String query) {
        Response refused = api.post("/api/jobs/reports/backfill?" + query);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        return refused.json().path("message").asString();
    }

    private static List<String> periodsAndOutcomes(JsonNode launch) {
        List<String> runs = new ArrayList<>();
        launch.path("results").forEach(result -> runs.add(result.path("run").path("parameters").path("period")
                .asString() + " " + result.path("outcome").asString()));
        return runs;
    }
}
