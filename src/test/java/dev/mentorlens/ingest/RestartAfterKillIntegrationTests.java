package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.InterruptedRuns;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A monthly run killed with SIGKILL in the middle of the sessions step is resumed by
 * {@code restart <id>} from its last committed chunk, and ends with exactly the rows of a run
 * that was never interrupted.
 */
class RestartAfterKillIntegrationTests {

    private static final int SESSIONS = 20_000;

    @TempDir
    Path work;


    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void restartAfterKillResumesFromTheLastChunkAndEndsWithTheSameRows(String kind) throws Exception {
        Path input = bigInput();
        TestDatabase killed = TestDatabase.createWatchedFromAnotherProcess(kind, "killed");
        Process child = MentorLensCli.start(killed, work.resolve("child.log"), "monthly", "--period", "2026-02",
                "--input", input.toString(), "--output", work.resolve("out-killed").toString(),
                "--max-reject-ratio", "1", "--mentorlens.ingest.chunk-size=100");

        InterruptedRuns.awaitSessionRows(killed, child, 3_000);
        child.destroyForcibly();
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the killed child run did not end within 2 minutes").isTrue();
        long executionId = killed.jdbc().queryForObject(
                "select max(job_execution_id) from batch_job_execution", Long.class);
        assertThat(killed.jdbc().queryForObject("select status from batch_job_execution where job_execution_id = ?",
                String.class, executionId)).isEqualTo("STARTED");
        int committedBeforeKill = InterruptedRuns.committedSessionRecords(killed.jdbc());

        CommandResult restart = MentorLensCli.run(killed, "restart", Long.toString(executionId));

        assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
        long readAfterRestart = killed.jdbc().queryForObject("select read_count from batch_step_execution"
                + " where step_name like 'ingestSessionsStep' order by step_execution_id desc limit 1", Long.class);
        assertThat(readAfterRestart).isLessThanOrEqualTo(SESSIONS + 5 - committedBeforeKill + 100);
        assertThat(restart.out()).containsPattern("(?m)^sessions\\s+" + (SESSIONS + 5) + "\\s");

        TestDatabase uninterrupted = TestDatabase.create(kind, "uninterrupted");
        CommandResult straight = MentorLensCli.run(uninterrupted, "monthly", "--period", "2026-02", "--input",
                input.toString(), "--output", work.resolve("out-straight").toString(), "--max-reject-ratio", "1");
        assertThat(straight.exitCode()).as(straight.err()).isZero();
        assertThat(IdempotentIngestIntegrationTests.differences(IdempotentIngestIntegrationTests.snapshot(killed.jdbc()),
                IdempotentIngestIntegrationTests.snapshot(uninterrupted.jdbc())))
                .as("killed after %d sessions were committed; the restart read %d rows; its output: %s",
                        committedBeforeKill, readAfterRestart, restart.out())
                .isEmpty();
        InterruptedRuns.assertSameCsvOutputs(work.resolve("out-killed/2026-02"), work.resolve("out-straight/2026-02"),
                Path.of("rejects/sessions.csv"), Path.of("career/metrics.csv"));
    }

    private Path bigInput() {
        return new InputFolderBuilder().withManySessions(SESSIONS).writeTo(work.resolve("in"));
    }
}
