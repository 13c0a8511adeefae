package dev.mentorlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.mentorlens.batch.RunOwners;
import dev.mentorlens.support.ApiClient;
import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.ConsoleBrowser;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.ServeApp;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * A run whose programmes' steps ran in three partitions, as {@code status}, the console's run page and the
 * API show it: each partitioned step with its partitions under it, their programmes, worker and state; a
 * viewer of one programme sees only that programme among them.
 */
class PartitionViewsIntegrationTests {

    private static final List<String> PROGRAMMES = List.of("career-mentoring", "peer-coaching", "reverse-mentoring",
            "women-in-tech-circles");
    private static final String CAREER = "career-mentoring";
    private static final String CARLA = "carla";
    private static final String CARLA_PASSWORD = "career-secret-1";

    @TempDir
    Path work;

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void statusConsoleAndApiShowEachPartitionUnderItsStep(String kind) {
        try (ServeApp app = new ServeApp(kind, "partition_views")) {
            List<String> args = new ArrayList<>(ApiUsers.ARGS);
            args.addAll(List.of("--mentorlens.users[2].name=" + CARLA,
                    "--mentorlens.users[2].password-hash=" + new BCryptPasswordEncoder().encode(CARLA_PASSWORD),
                    "--mentorlens.users[2].roles=viewer", "--mentorlens.users[2].programmes=" + CAREER));
            app.start(args.toArray(String[]::new));
            CommandResult monthly = MentorLensCli.run(app.database(), "monthly", "--period", "2026-10", "--input",
                    "sample-data", "--output", work.resolve("out").toString(), "--quiet",
                    "--mentorlens.partitions.count=3");
            assertThat(monthly.exitCode()).as(monthly.out() + monthly.err()).isZero();
            long run = app.database().jdbc().queryForObject("select max(job_execution_id) from batch_job_execution",
                    Long.class);
            // the command line ran the job and its partitions on its own threads, in this test's JVM
            String worker = RunOwners.hostName() + ":" + ProcessHandle.current().pid();

            CommandResult status = MentorLensCli.run(app.database(), "status");
            JsonNode json = new ApiClient(app.port()).as(ApiUsers.OPS, ApiUsers.OPS_PASSWORD).get("/api/runs/" + run)
                    .json();
            ConsoleBrowser ops = new ConsoleBrowser(app.port());
            ops.logIn(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
            String page = ops.get("/runs/" + run).html();
            JsonNode seenByCarla = new ApiClient(app.port()).as(CARLA, CARLA_PASSWORD).get("/api/runs/" + run).json();
            ConsoleBrowser carla = new ConsoleBrowser(app.port());
            carla.logIn(CARLA, CARLA_PASSWORD);
            String carlasPage = carla.get("/runs/" + run).html();

            assertThat(status.exitCode()).isZero();
            assertThat(status.out()).contains("step    metricsStep COMPLETED", "3 partitions")
                    .doesNotContain("metricsStep:partition");
            for (int i = 0; i < 3; i++) {
                assertThat(status.out()).containsPattern("partition" + i + " +COMPLETED +programmes [a-z-]+(, [a-z-]+)*,"
                        + " on this process \\(" + Pattern.quote(worker) + "\\), \\d+ written in ");
            }
            assertThat(status.out()).contains(PROGRAMMES);

            JsonNode metricsStep = step(json, "metricsStep");
            assertThat(json.path("steps")).extracting(step -> step.path("name").asString())
                    .contains("metricsStep", "workbooksStep", "publishStep").noneMatch(name -> name.contains(":"));
            assertThat(metricsStep.path("partitions")).extracting(p -> p.path("name").asString())
                    .containsExactly("partition0", "partition1", "partition2");
            List<String> partitioned = new ArrayList<>();
            long written = 0;
            for (JsonNode partition : metricsStep.path("partitions")) {
                assertThat(partition.path("state").asString()).isEqualTo("COMPLETED");
                assertThat(partition.path("worker").asString()).isEqualTo(worker);
                assertThat(partition.path("thisProcess").asBoolean()).isTrue();
                partition.path("programmes").forEach(programme -> partitioned.add(programme.asString()));
                written += partition.path("written").asLong();
            }
            assertThat(partitioned).containsExactlyInAnyOrderElementsOf(PROGRAMMES);
            assertThat(written).as("the step's total is its partitions'").isEqualTo(metricsStep.path("written").asLong());
            assertThat(step(json, "publishStep").path("partitions")).isEmpty();

            assertThat(page).contains("<table class=\"partitions\">", "this process (" + worker + ")", "partition2")
                    .contains(PROGRAMMES).doesNotContain("metricsStep:partition");

            List<String> carlasProgrammes = new ArrayList<>();
            int others = 0;
            for (JsonNode partition : step(seenByCarla, "metricsStep").path("partitions")) {
                partition.path("programmes").forEach(programme -> carlasProgrammes.add(programme.asString()));
                others += partition.path("otherProgrammes").asInt();
            }
            assertThat(carlasProgrammes).containsExactly(CAREER);
            assertThat(others).isEqualTo(PROGRAMMES.size() - 1);
            assertThat(carlasPage).contains(CAREER, "1 other").doesNotContain("peer-coaching", "reverse-mentoring",
                    "women-in-tech-circles");
        }
    }

    private static JsonNode step(JsonNode run, String name) {
        for (JsonNode step : run.path("steps")) {
            if (step.path("name").asString().equals(name)) {
                return step;
            }
        }
        throw new AssertionError("No step " + name + " in " + run);
    }
}
