package dev.mentorlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mentorlens.support.ApiClient;
import dev.mentorlens.support.ConsoleBrowser;
import dev.mentorlens.support.ServeApp;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A second trigger of a period already queued or running, from the console's forms: one sentence, no launch. */
class ConsoleRefusalsIntegrationTests {

    private static final Pattern LAUNCH = Pattern.compile("Launch (\\d+) of reports accepted");

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aSecondStartOrABackfillOfAPeriodAlreadyLaunchedIsRefusedOnThePage(String kind) {
        ServeApp app = ApiIntegrationTests.app(kind);
        ApiClient api = new ApiClient(app.port()).as(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
        ConsoleBrowser ops = new ConsoleBrowser(app.port());
        ops.logIn(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
        ops.get("/");
        String first;
        String second;
        String backfill;

        app.holdIngestTables();
        try {
            first = ops.get(ops.submit("/jobs/reports/start", Map.of("period", "2024-10")).location()).html();
            second = ops.get(ops.submit("/jobs/reports/start", Map.of("period", "2024-10")).location()).html();
            backfill = ops.get(ops.submit("/jobs/reports/backfill", Map.of("from", "2024-09", "to", "2024-11"))
                    .location()).html();
        } finally {
            app.releaseIngestTables();
        }

        Matcher accepted = LAUNCH.matcher(first);
        assertThat(accepted.find()).isTrue();
        String launch = accepted.group(1);
        assertThat(second).containsPattern("class=\"problem\">monthly-report 2024-10 ALL is already (queued|running)"
                + " as launch " + launch + ", asked by " + ApiUsers.OPS);
        assertThat(backfill).contains("monthly-report 2024-10 ALL is already", "as launch " + launch);
        assertThat(ApiIntegrationTests.awaitEnd(api, Long.parseLong(launch)).path("outcome").asString())
                .isEqualTo("COMPLETED");
        assertThat(api.get("/api/launches").json()).filteredOn(l -> l.path("period").asString().contains("2024-1"))
                .hasSize(1);
    }
}
