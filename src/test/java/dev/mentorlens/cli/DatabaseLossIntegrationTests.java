package dev.mentorlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.ControlledPostgres;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.InterruptedRuns;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL going away in the middle of a run, on a server of the test's own: the run fails with
 * one sentence instead of hanging, and once the server is back, {@code restart} completes it with
 * the outputs of a run that was never interrupted.
 */
class DatabaseLossIntegrationTests {

    private static final int SOCKET_TIMEOUT_SECONDS = 5;

    @TempDir
    Path work;

    @Test
    void aServerThatCrashesMidRunFailsTheRunAndRestartCompletesItOnceTheServerIsBack() throws Exception {
        try (ControlledPostgres server = ControlledPostgres.start("crash")) {
            Process child = monthlyRunInItsSessionsStep(server, "out");

            server.crash();

            assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the run did not end after its database crashed").isTrue();
            assertEndedWithOneSentence(child, "out");
            server.startAgain();
            assertRestartEndsAsAnUninterruptedRun(server, "out");
        }
    }

    @Test
    void aServerThatStopsAnsweringFailsTheRunAndRestartCompletesItOnceTheServerAnswersAgain() throws Exception {
        try (ControlledPostgres server = ControlledPostgres.start("frozen")) {
            Process child = monthlyRunInItsSessionsStep(server, "frozen-out");

            server.freeze();
            Instant frozenAt = Instant.now();
            boolean ended = child.waitFor(2, TimeUnit.MINUTES);
            Duration waited = Duration.between(frozenAt, Instant.now());
            server.thaw();

            assertThat(ended).as("the run still waits for a server that stopped answering, after %s", waited).isTrue();
            assertEndedWithOneSentence(child, "frozen-out");
            assertRestartEndsAsAnUninterruptedRun(server, "frozen-out");
        }
    }

    /** Starts a monthly run on the server in a child JVM and returns once it has committed some sessions. */
    private Process monthlyRunInItsSessionsStep(ControlledPostgres server, String output) throws Exception {
        Path input = new InputFolderBuilder().withManySessions(20_000).writeTo(work.resolve("in"));
        TestDatabase withShortTimeouts = new TestDatabase("postgres", server.url()
                + "?connectTimeout=3&loginTimeout=5&socketTimeout=" + SOCKET_TIMEOUT_SECONDS, "postgres");
        Process child = MentorLensCli.start(withShortTimeouts, work.resolve(output + ".log"), "monthly", "--period",
                "2026-02", "--input", input.toString(), "--output", work.resolve(output).toString(),
                "--max-reject-ratio", "1", "--mentorlens.ingest.chunk-size=100");
        InterruptedRuns.awaitSessionRows(withShortTimeouts, child, 2_000);
        return child;
    }

    private void assertEndedWithOneSentence(Process child, String output) throws IOException {
        Path log = work.resolve(output + ".log");
        assertThat(child.exitValue()).isEqualTo(1);
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(lines.size() - 1)).startsWith("Cannot reach the database").endsWith(Failures.DEBUG_HINT);
        assertThat(Files.readString(log)).doesNotContain("\tat ");
    }

    private void assertRestartEndsAsAnUninterruptedRun(ControlledPostgres server, String output) throws IOException {
        TestDatabase db = new TestDatabase("postgres", server.url(), "postgres");
        long execution = db.jdbc().queryForObject("select max(job_execution_id) from batch_job_execution", Long.class);
        CommandResult restart = MentorLensCli.run(db, "restart", Long.toString(execution));
        assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();

        TestDatabase straight = TestDatabase.create("postgres", "uninterrupted");
        CommandResult run = MentorLensCli.run(straight, "monthly", "--period", "2026-02", "--input",
                work.resolve("in").toString(), "--output", work.resolve("straight").toString(), "--max-reject-ratio", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        InterruptedRuns.assertSameCsvOutputs(work.resolve(output).resolve("2026-02"), work.resolve("straight/2026-02"),
                Path.of("rejects/sessions.csv"), Path.of("career/metrics.csv"));
    }
}
