package dev.mentorlens.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One process at a time runs jobs on a database; the lock of a process that died is taken over. */
class LaunchLockIntegrationTests {

    @TempDir
    Path work;

    static List<String> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void refusesToLaunchWhileALiveProcessHoldsTheLockAndTakesOverFromADeadOne(String kind) throws Exception {
        TestDatabase db = TestDatabase.create(kind, "launch_lock");
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));
        MentorLensCli.run(db, "status");
        String host = InetAddress.getLocalHost().getHostName();
        db.jdbc().update("insert into launch_lock (lock_name, host, pid, acquired_at) values ('jobs', ?, ?, ?)", host,
                ProcessHandle.current().pid(), LocalDateTime.now());

        CommandResult refused = monthly(db, input);

        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        db.jdbc().update("update launch_lock set pid = ?", finished.pid());
        CommandResult tookOver = monthly(db, input);

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Another MentorLens process").hasLineCount(1);
        assertThat(db.jdbc().queryForObject("select count(*) from batch_job_execution", Integer.class)).isOne();
        assertThat(tookOver.exitCode()).as(tookOver.err()).isZero();
        assertThat(db.jdbc().queryForObject("select count(*) from launch_lock", Integer.class)).isZero();
    }

    private CommandResult monthly(TestDatabase db, Path input) {
        return MentorLensCli.run(db, "monthly", "--period", "2026-02", "--input", input.toString(), "--output",
                work.resolve("out").toString(), "--max-reject-ratio", "1");
    }
}
