package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

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

        awaitSessionRows(killed, child, 3_000);
        child.destroyForcibly();
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the killed child run did not end within 2 minutes").isTrue();
        long executionId = killed.jdbc().queryForObject(
                "select max(job_execution_id) from batch_job_execution", Long.class);
        assertThat(killed.jdbc().queryForObject("select status from batch_job_execution where job_execution_id = ?",
                String.class, executionId)).isEqualTo("STARTED");
        int committedBeforeKill = killed.jdbc().queryForObject("select count(*) from mentoring_session", Integer.class);

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
        assertThat(IdempotentIngestIntegrationTests.snapshot(killed.jdbc()))
                .isEqualTo(IdempotentIngestIntegrationTests.snapshot(uninterrupted.jdbc()));
        List<Path> outputs = csvFiles(work.resolve("out-straight/2026-02"));
        assertThat(outputs).contains(Path.of("rejects/sessions.csv"), Path.of("career/metrics.csv"));
        assertThat(csvFiles(work.resolve("out-killed/2026-02"))).isEqualTo(outputs);
        for (Path file : outputs) {
            assertThat(Files.readString(work.resolve("out-killed/2026-02").resolve(file))).as(file.toString())
                    .isEqualTo(Files.readString(work.resolve("out-straight/2026-02").resolve(file)));
        }
    }

    private static List<Path> csvFiles(Path root) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".csv")).map(root::relativize).sorted().toList();
        }
    }

    private static void awaitSessionRows(TestDatabase db, Process child, int rows) throws InterruptedException {
        JdbcTemplate jdbc = db.jdbc();
        // generous: the machine running the tests may be busy; this only bounds a run that never gets there
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            assertThat(child.isAlive()).as("the child run ended before it could be killed").isTrue();
            if (!db.isOpenedByAProcess()) {
                Thread.sleep(50);
                continue;
            }
            try {
                Integer count = jdbc.queryForObject("select count(*) from mentoring_session", Integer.class);
                if (count != null && count >= rows) {
                    return;
                }
            } catch (RuntimeException notReadyYet) {
                // the schema is created by the child at start-up
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the child run did not reach " + rows + " sessions within 5 minutes;"
                + " its output is in child.log of the test's temp folder");
    }

    /** The small input plus a monthly file of many sessions, every 1000th a reject and every 997th a repeat. */
    private Path bigInput() throws IOException {
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));
        try (BufferedWriter out = Files.newBufferedWriter(input.resolve("sessions-2026-03.csv"), StandardCharsets.UTF_8)) {
            out.write("session_id,programme_id,match_id,started_at,duration_minutes,status,channel,attendee_ids\n");
            for (int i = 0; i < SESSIONS; i++) {
                String id = i % 997 == 996 ? "B" + (i - 1) : "B" + i;
                String status = i % 1000 == 999 ? "Held" : "held";
                String attendees = i % 2 == 0 ? "E1;E2" : "E3;E4;E5";
                out.write(id + ",career," + (i % 2 == 0 ? "M1" : "") + ",2026-03-" + (10 + i % 18)
                        + "T10:00:00+01:00,60," + status + ",video," + attendees + "\n");
            }
        }
        return input;
    }
}
