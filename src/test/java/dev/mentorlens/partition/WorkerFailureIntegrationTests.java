package dev.mentorlens.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.OutputFolders;
import dev.mentorlens.support.TestDatabase;
import dev.mentorlens.support.Workers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workers that fail, on PostgreSQL and RabbitMQ: a worker killed with SIGKILL in the middle of a partition
 * fails the run with a sentence naming the partition, and a restart runs that partition only and ends with
 * the outputs of an uninterrupted run; a worker of another release refuses the work, saying which release
 * the run needs.
 */
class WorkerFailureIntegrationTests {

    private static final Path SAMPLE = Path.of("sample-data");

    @TempDir
    Path work;

    @Test
    void aWorkerKilledMidPartitionFailsTheRunAndARestartRunsOnlyThatPartition() throws Exception {
        TestDatabase db = TestDatabase.create("postgres", "worker_killed");
        try (Workers workers = new Workers(db, work)) {
            workers.start();
            workers.start();
            CompletableFuture<CommandResult> run = CompletableFuture.supplyAsync(() -> monthly(db, "killed", workers));

            Map<String, Object> running = awaitRunningPartition(db, run);
            String pid = running.get("worker").toString().replaceFirst(".*:", "");
            Process victim = workers.started().stream().filter(p -> Long.toString(p.pid()).equals(pid)).findFirst()
                    .orElseThrow();
            victim.destroyForcibly();
            assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();

            CommandResult failed = run.get(5, TimeUnit.MINUTES);
            String partition = running.get("step_name").toString();
            assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);
            assertThat(failed.out() + failed.err()).contains("Partition " + partition)
                    .contains("stopped on worker " + running.get("worker")).contains("restart the run");

            long executionId = db.jdbc().queryForObject("select max(job_execution_id) from batch_job_execution",
                    Long.class);
            workers.start();
            CommandResult restart = MentorLensCli.run(db, withRemote(workers, "restart", Long.toString(executionId),
                    "--quiet"));
            assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();

            long restartId = db.jdbc().queryForObject("select max(job_execution_id) from batch_job_execution",
                    Long.class);
            assertThat(db.jdbc().queryForList("select step_name from batch_step_execution where job_execution_id = ?"
                    + " and step_name like 'metricsStep:%'", String.class, restartId))
                    .as("the metrics partitions the restart ran").containsExactly(partition);
            Path uninterrupted = work.resolve("out-straight");
            CommandResult straight = MentorLensCli.run(TestDatabase.create("postgres", "worker_straight"),
                    "monthly", "--period", "2026-10", "--input", SAMPLE.toString(), "--output",
                    uninterrupted.toString(), "--quiet");
            assertThat(straight.exitCode()).as(straight.err()).isZero();
            OutputFolders.assertIdentical(work.resolve("out-killed/2026-10"), uninterrupted.resolve("2026-10"));
        }
    }

    /**
     * The broker stops and starts again while workers run partitions: the requests wait on a durable queue,
     * the workers reconnect, and a request delivered again is not run twice. The run completes, or fails
     * with a sentence naming what it lost and completes on restart; either way with the same outputs.
     */
    @Test
    void aBrokerRestartDuringARunEndsWithTheOutputsOfAnUninterruptedRun() throws Exception {
        TestDatabase db = TestDatabase.create("postgres", "broker_restart");
        try (Workers workers = new Workers(db, work)) {
            workers.start();
            workers.start();
            CompletableFuture<CommandResult> run = CompletableFuture.supplyAsync(() -> monthly(db, "broker", workers));
            awaitRunningPartition(db, run);
            Workers.restartBroker();

            CommandResult result = run.get(5, TimeUnit.MINUTES);
            if (result.exitCode() != 0) {
                assertThat(result.out() + result.err()).as("why the run failed").containsPattern(
                        "Partition \\w+:partition\\d|broker|RabbitMQ|5672");
                long executionId = db.jdbc().queryForObject("select max(job_execution_id) from batch_job_execution",
                        Long.class);
                CommandResult restart = MentorLensCli.run(db, withRemote(workers, "restart",
                        Long.toString(executionId), "--quiet"));
                assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
            }
            Path uninterrupted = work.resolve("out-straight");
            CommandResult straight = MentorLensCli.run(TestDatabase.create("postgres", "broker_straight"),
                    "monthly", "--period", "2026-10", "--input", SAMPLE.toString(), "--output",
                    uninterrupted.toString(), "--quiet");
            assertThat(straight.exitCode()).as(straight.err()).isZero();
            OutputFolders.assertIdentical(work.resolve("out-broker/2026-10"), uninterrupted.resolve("2026-10"));
            assertThat(db.jdbc().queryForObject("select count(*) from partition_worker p join batch_step_execution s"
                    + " on s.step_execution_id = p.step_execution_id where s.status = 'COMPLETED'", Integer.class))
                    .as("partitions completed by the workers").isPositive();
        }
    }

    @Test
    void aWorkerOfAnotherReleaseRefusesThePartitionsSayingWhichReleaseTheRunNeeds() throws Exception {
        TestDatabase db = TestDatabase.create("postgres", "worker_release");
        try (Workers workers = new Workers(db, work)) {
            workers.start("--mentorlens.partitions.release=0.0.1-older");
            CommandResult result = monthly(db, "refused", workers);

            assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
            assertThat(result.out() + result.err()).containsPattern(
                    "Partition \\w+:partition\\d was refused by worker \\S+, which runs release 0\\.0\\.1-older"
                            + " while the run needs release \\S+; start workers of release");
        }
    }

    private CommandResult monthly(TestDatabase db, String name, Workers workers) {
        return MentorLensCli.run(db, withRemote(workers, "monthly", "--period", "2026-10", "--input",
                SAMPLE.toString(), "--output", work.resolve("out-" + name).toString(), "--quiet"));
    }

    private static String[] withRemote(Workers workers, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(workers.remoteArgs());
        return all.toArray(String[]::new);
    }

    /** Waits until a worker runs a metrics partition; returns its step name and worker. */
    private static Map<String, Object> awaitRunningPartition(TestDatabase db, CompletableFuture<CommandResult> run)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            assertThat(run.isDone()).as("the run ended before a worker could be killed: %s",
                    run.isDone() ? run.join().out() + run.join().err() : "").isFalse();
            try {
                List<Map<String, Object>> rows = db.jdbc().queryForList("select s.step_name, w.worker"
                        + " from partition_worker w join batch_step_execution s"
                        + " on s.step_execution_id = w.step_execution_id"
                        + " where w.finished_at is null and s.step_name like 'metricsStep:%'");
                if (!rows.isEmpty()) {
                    return rows.get(0);
                }
            } catch (RuntimeException notYet) {
                // the run creates the tables at start-up
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no metrics partition started within 5 minutes");
    }
}
