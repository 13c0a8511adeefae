package dev.mentorlens.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.mentorlens.runs.RunState;
import dev.mentorlens.runs.RunView;
import dev.mentorlens.runs.Runs;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.ServeApp;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scheduler of {@code serve} against a real database: what it does at start-up with fire times
 * missed while it was down, with a job that fails and a definition that is wrong, and with a fire that
 * finds its job still running.
 */
class SchedulerIntegrationTests {

    /** 06:00 UTC on 2 March: fired at most once a year, so the latest missed fire is easy to tell. */
    private static final String YEARLY = "0 0 6 2 3 *";
    private static final Instant LONG_AGO = Instant.parse("2025-06-01T00:00:00Z");

    private static final Map<String, Started> APPS = new ConcurrentHashMap<>();

    /** The application and what its start-up did, before any test fired anything. */
    private record Started(ServeApp app, List<Launch> launchesAtStart, FireTimes.LastFire heldAtStart) {
    }

    /**
     * One application per database kind, started after a down time: the jobs {@code reports} and
     * {@code broken-input} last fired long ago, {@code held} never fired, {@code wrong} has a bad cron.
     */
    private static ServeApp app(String kind) {
        return started(kind).app();
    }

    private static Started started(String kind) {
        return APPS.computeIfAbsent(kind, k -> {
            ServeApp app = new ServeApp(k, "scheduler");
            new InputFolderBuilder().writeTo(app.base().resolve("in"));
            new InputFolderBuilder().without("matches.csv").writeTo(app.base().resolve("broken-in"));
            app.job("broken-input.yml", definition("broken-input", YEARLY, "broken-in", "out-broken")
                    + "programmes: [career]\n")
                    .job("reports.yml", definition("reports", YEARLY, "in", "out"))
                    .job("held.yml", definition("held", "0 0 0 1 1 *", "in", "out-held"))
                    .job("wrong.yml", definition("wrong", "0 0 6 31 2", "in", "out"));
            app.migrate();
            app.database().jdbc().update("insert into job_schedule (job_name, last_fire_at) values (?, ?), (?, ?)",
                    "reports", LONG_AGO.toEpochMilli(), "broken-input", LONG_AGO.toEpochMilli());
            List<String> args = new java.util.ArrayList<>(ServeApp.OPS_USER);
            args.add("--mentorlens.locks.wait=120s");
            app.start(args.toArray(String[]::new));
            Launches launches = app.bean(Launches.class);
            ServeApp.await("the missed fires run at start-up end", Duration.ofMinutes(3),
                    () -> launches.recent().size() >= 2 && launches.recent().stream()
                            .allMatch(l -> l.state() == Launch.State.ENDED));
            return new Started(app, launches.recent(), app.bean(FireTimes.class).last("held").orElseThrow());
        });
    }

    @AfterAll
    static void stopApps() {
        APPS.values().forEach(started -> started.app().close());
        APPS.clear();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void runsAFireTimeMissedWhileDownOnceAtStartUpEvenAfterAnotherJobFailed(String kind) {
        ServeApp app = app(kind);
        ZonedDateTime missed = MissedFires.latest(YEARLY, ZoneId.of("UTC"), LONG_AGO, Instant.now()).orElseThrow();
        String period = PeriodRule.PREVIOUS_MONTH.periodAt(missed);

        FireTimes.LastFire reports = app.bean(FireTimes.class).last("reports").orElseThrow();
        FireTimes.LastFire broken = app.bean(FireTimes.class).last("broken-input").orElseThrow();

        assertThat(reports.firedAt()).isEqualTo(missed.toInstant());
        assertThat(reports.outcome()).isEqualTo("COMPLETED");
        assertThat(broken.outcome()).isEqualTo("INVALID_INPUT_FILES");
        assertThat(broken.detail()).contains("matches.csv");
        List<RunView> runs = app.bean(Runs.class).list(20);
        assertThat(runs).filteredOn(r -> r.output().equals(app.base().resolve("out").toString()))
                .singleElement().satisfies(run -> {
                    assertThat(run.state()).isEqualTo(RunState.COMPLETED);
                    assertThat(run.parameter("period")).isEqualTo(period);
                });
        // each missed job ran once, not once per missed year
        assertThat(started(kind).launchesAtStart()).extracting(Launch::job)
                .containsExactlyInAnyOrder("reports", "broken-input");
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aWrongDefinitionIsReportedAndTheOthersAreScheduled(String kind) {
        JobScheduler scheduler = app(kind).bean(JobScheduler.class);

        assertThat(scheduler.problems()).singleElement().asString()
                .startsWith("jobs/wrong.yml: schedule.cron '0 0 6 31 2' is not a cron expression");
        assertThat(scheduler.jobs()).extracting(job -> job.definition().name())
                .containsExactlyInAnyOrder("broken-input", "reports", "held");
        assertThat(scheduler.jobs()).allSatisfy(job -> assertThat(job.nextFire()).isAfter(ZonedDateTime.now()));
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aJobFirstSeenHasMissedNothing(String kind) {
        Started started = started(kind);

        assertThat(started.heldAtStart().outcome()).isNull();
        assertThat(started.heldAtStart().firedAt()).isAfter(LONG_AGO);
        assertThat(started.launchesAtStart()).extracting(Launch::job).doesNotContain("held");
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aFireThatFindsTheJobStillRunningIsSkippedAndTheRunningLaunchEndsNormally(String kind) {
        ServeApp app = app(kind);
        JobScheduler scheduler = app.bean(JobScheduler.class);
        Launches launches = app.bean(Launches.class);
        JobDefinition held = scheduler.definition("held").orElseThrow();
        ZonedDateTime first = ZonedDateTime.parse("2026-02-01T00:00:00Z[UTC]");
        ZonedDateTime second = ZonedDateTime.parse("2026-03-01T00:00:00Z[UTC]");

        app.holdIngestTables();
        try {
            scheduler.fire(held, first);
            scheduler.fire(held, second);
        } finally {
            app.releaseIngestTables();
        }
        ServeApp.await("the first launch of 'held' ends", Duration.ofMinutes(2), () -> !launches.isActive("held"));

        List<Launch> launchesOfHeld = launches.recent().stream().filter(l -> l.job().equals("held")).toList();
        assertThat(launchesOfHeld).singleElement().satisfies(launch -> {
            assertThat(launch.period()).isEqualTo("2026-01");
            assertThat(launch.outcome()).isEqualTo("COMPLETED");
        });
        FireTimes.LastFire last = app.bean(FireTimes.class).last("held").orElseThrow();
        assertThat(last.firedAt()).isEqualTo(second.toInstant());
        assertThat(last.outcome()).isEqualTo("SKIPPED");
        assertThat(last.detail()).contains("previous launch of held is still running");
    }

    private static String definition(String name, String cron, String input, String output) {
        return """
                name: %s
                kind: monthly-report
                schedule:
                  cron: "%s"
                  zone: UTC
                period: previous-month
                input: %s
                output: %s
                settings:
                  max-reject-ratio: 1
                """.formatted(name, cron, input, output);
    }
}
