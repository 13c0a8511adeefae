package dev.mentorlens.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.MentorLensApplication;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The runs service as a long-lived process uses it: launches in the background, answers with data, waits on locks. */
class RunsServiceIntegrationTests {

    @TempDir
    Path work;

    private ConfigurableApplicationContext context;

    @BeforeEach
    void start() {
        List<String> args = new ArrayList<>(TestDatabase.create("h2", "runs_service").springArgs());
        args.add("--mentorlens.locks.wait=0s");
        context = new SpringApplicationBuilder(MentorLensApplication.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args.toArray(String[]::new));
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void aBackgroundLaunchIsRefusedWhileTheIngestTablesAreHeldAndCompletesOnceFreed() throws Exception {
        Runs runs = context.getBean(Runs.class);
        MonthlyRequest request = request();

        LaunchResult refused;
        try (RunLocks.Held held = context.getBean(RunLocks.class).acquire(List.of(RunLocks.INGEST_TABLES))) {
            refused = runs.inBackground(() -> runs.monthly(request)).get();
        }
        LaunchResult completed = runs.inBackground(() -> runs.monthly(request)).get();

        assertThat(refused.outcome()).isEqualTo(LaunchResult.Outcome.LOCKED);
        assertThat(refused.detail()).contains("holds the ingest tables");
        assertThat(completed.outcome()).isEqualTo(LaunchResult.Outcome.COMPLETED);
        RunView listed = runs.list(5).get(0);
        assertThat(listed.id()).isEqualTo(completed.run().id());
        assertThat(listed.state()).isEqualTo(RunState.COMPLETED);
        assertThat(listed.input()).isEqualTo(request.input());
        assertThat(listed.output()).isEqualTo(request.output());
        assertThat(listed.parameters()).containsEntry("period", "2026-02").containsEntry("programme", "ALL");
        assertThat(listed.steps()).anySatisfy(step -> {
            assertThat(step.name()).isEqualTo("ingestSessionsStep");
            assertThat(step.read()).isEqualTo(5);
        });
    }

    @Test
    void anIngestStepCountsTheRowsItRejectedAsTheRunsSourcesDo() throws Exception {
        Runs runs = context.getBean(Runs.class);
        Path input = new InputFolderBuilder().file("sessions-2026-02.csv", """
                session_id,programme_id,match_id,started_at,duration_minutes,status,channel,attendee_ids
                S4,career,M1,2026-02-10T10:00:00+01:00,60,held,video,E1;E2
                S5,career,M2,2026-02-12T10:00:00Z,45,cancelled,phone,E3;E4
                S6,career,M2,not a time,45,held,phone,E3;E4
                """).writeTo(work.resolve("in"));
        MonthlyRequest request = new MonthlyRequest("2026-02", "ALL", input.toString(),
                work.resolve("out").toString(), "UTC", 1.0, 5, 10, 3, "");

        LaunchResult completed = runs.inBackground(() -> runs.monthly(request)).get();

        RunView run = runs.view(completed.run().id()).orElseThrow();
        assertThat(run.sources()).anySatisfy(source -> {
            assertThat(source.source()).isEqualTo("sessions");
            assertThat(source.rejected()).isEqualTo(1);
        });
        assertThat(run.steps()).anySatisfy(step -> {
            assertThat(step.name()).isEqualTo("ingestSessionsStep");
            assertThat(step.rejected()).isEqualTo(1);
        });
    }

    private MonthlyRequest request() {
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));
        return new MonthlyRequest("2026-02", "ALL", input.toString(), work.resolve("out").toString(), "UTC", 1.0, 5,
                10, 3, "");
    }
}
