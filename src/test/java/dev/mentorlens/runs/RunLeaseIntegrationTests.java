package dev.mentorlens.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run holds the ingest tables as a lease: a live holder anywhere refuses a second run with one
 * sentence; a holder that stopped renewing, or that was this host's pid in an earlier life (a
 * container restarted as PID 1), is taken over; and a dead run can be released.
 */
class RunLeaseIntegrationTests {

    @TempDir
    Path work;


    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aLiveLeaseOnAnotherHostRefusesTheRunWithOneSentenceAndRecordsNothing(String kind) {
        TestDatabase db = prepared(kind);
        lease(db, "other-host", 4242, UUID.randomUUID().toString(), 60_000);

        CommandResult refused = monthly(db);

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("holds the ingest tables").contains("other-host").hasLineCount(1);
        assertThat(executions(db)).isZero();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void anExpiredLeaseOfAHolderOnAnotherHostIsTakenOver(String kind) {
        TestDatabase db = prepared(kind);
        lease(db, "other-host", 4242, UUID.randomUUID().toString(), -1_000);

        CommandResult run = monthly(db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(db.jdbc().queryForObject("select count(*) from run_lease", Integer.class)).isZero();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aRunRecordedButNotYetOwnedIsStartingWhileALaunchHoldsTheIngestTablesAndDiedOnceTheyLapse(String kind) {
        TestDatabase db = prepared(kind);
        assertThat(monthly(db).exitCode()).isZero();
        long id = db.jdbc().queryForObject("select max(job_execution_id) from batch_job_execution", Long.class);
        // as the job operator leaves it before the run's first listener names its owner
        db.jdbc().update("update batch_job_execution set status = 'STARTING', start_time = null, end_time = null"
                + " where job_execution_id = ?", id);
        db.jdbc().update("delete from run_owner where job_execution_id = ?", id);
        lease(db, "other-host", 4242, UUID.randomUUID().toString(), 60_000);

        String statusWhileLeased = MentorLensCli.run(db, "status").out();
        db.jdbc().update("update run_lease set expires_at = expires_at - 120000");
        String statusAfterLapse = MentorLensCli.run(db, "status").out();

        assertThat(statusWhileLeased).contains("STARTING").doesNotContain("DIED");
        assertThat(statusAfterLapse).contains("DIED").doesNotContain("STARTING");
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aLeaseOfThisHostAndPidLeftByAnEarlierProcessIsTakenOverAtOnce(String kind) throws Exception {
        TestDatabase db = prepared(kind);
        lease(db, InetAddress.getLocalHost().getHostName(), ProcessHandle.current().pid(),
                UUID.randomUUID().toString(), 60_000);

        CommandResult run = monthly(db);

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aSecondMonthlyOfAPeriodThatALiveProcessRunsIsRefusedWithOneSentence(String kind) {
        TestDatabase db = prepared(kind);
        assertThat(monthly(db).exitCode()).isZero();
        long id = runningOnAnotherHost(db);

        CommandResult second = monthly(db);

        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err()).isEqualToIgnoringNewLines("Execution " + id + " is still running in a live process;"
                + " wait for it to end, or stop it with 'stop " + id + "'.");
        assertThat(executions(db)).as("nothing new recorded").isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aRunWhoseHolderOnAnotherHostStoppedRenewingIsShownDiedAndCanBeReleased(String kind) {
        TestDatabase db = prepared(kind);
        assertThat(monthly(db).exitCode()).isZero();
        long id = runningOnAnotherHost(db);

        CommandResult whileRenewed = MentorLensCli.run(db, "release", Long.toString(id));
        String statusWhileRenewed = MentorLensCli.run(db, "status").out();
        db.jdbc().update("update run_lease set expires_at = expires_at - 120000");
        String statusAfterLapse = MentorLensCli.run(db, "status").out();
        CommandResult released = MentorLensCli.run(db, "release", Long.toString(id));

        assertThat(whileRenewed.exitCode()).isEqualTo(1);
        assertThat(statusWhileRenewed).contains("STARTED").doesNotContain("DIED");
        assertThat(statusAfterLapse).contains("DIED");
        assertThat(released.exitCode()).as(released.err()).isZero();
        assertThat(db.jdbc().queryForObject("select status from batch_job_execution where job_execution_id = ?",
                String.class, id)).isEqualTo("FAILED");
        assertThat(db.jdbc().queryForObject("select count(*) from run_lease", Integer.class)).isZero();
    }

    /** Turns the last run into one that a process on another host runs and renews the lease of. */
    private static long runningOnAnotherHost(TestDatabase db) {
        long id = db.jdbc().queryForObject("select max(job_execution_id) from batch_job_execution", Long.class);
        String token = UUID.randomUUID().toString();
        db.jdbc().update("update batch_job_execution set status = 'STARTED', end_time = null where job_execution_id = ?",
                id);
        db.jdbc().update("update run_owner set host = 'other-host', pid = 4242, process_token = ?"
                + " where job_execution_id = ?", token, id);
        lease(db, "other-host", 4242, token, 60_000);
        return id;
    }

    private TestDatabase prepared(String kind) {
        TestDatabase db = TestDatabase.create(kind, "run_lease");
        MentorLensCli.run(db, "status");
        return db;
    }

    private static void lease(TestDatabase db, String host, long pid, String token, long millisLeft) {
        long now = db.jdbc().queryForObject("select current_timestamp", OffsetDateTime.class).toInstant()
                .toEpochMilli();
        db.jdbc().update("insert into run_lease (resource, holder_id, process_token, host, pid, acquired_at,"
                + " expires_at) values ('ingest tables', ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), token,
                host, pid, now, now + millisLeft);
    }

    private static int executions(TestDatabase db) {
        return db.jdbc().queryForObject("select count(*) from batch_job_execution", Integer.class);
    }

    private CommandResult monthly(TestDatabase db) {
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));
        return MentorLensCli.run(db, "monthly", "--period", "2026-02", "--input", input.toString(), "--output",
                work.resolve("out").toString(), "--max-reject-ratio", "1", "--mentorlens.locks.wait=0s");
    }
}
