package dev.mentorlens.runs;

import dev.mentorlens.batch.RunOwners;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets one process at a time run jobs against the database. Spring Batch's own check for a running
 * execution is not atomic, so two launches of the same period from two terminals could both start;
 * this row lock, taken over only from a dead process, prevents that on H2 and PostgreSQL alike.
 */
@Component
public class LaunchLock {

    private static final String NAME = "jobs";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    LaunchLock(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Takes the lock, or throws {@link LaunchRefusedException} naming the process that holds it. */
    public Held acquire() {
        try {
            transaction.executeWithoutResult(status -> {
                List<String> holder = jdbc.query("select host, pid from launch_lock where lock_name = ?",
                        (rs, i) -> RunOwners.isAlive(rs.getString(1), rs.getLong(2))
                                ? rs.getString(1) + " (pid " + rs.getLong(2) + ")" : null, NAME);
                if (!holder.isEmpty() && holder.get(0) != null) {
                    throw new LaunchRefusedException("Another MentorLens process on " + holder.get(0)
                            + " is running a job on this database; wait for it to end.");
                }
                jdbc.update("delete from launch_lock where lock_name = ?", NAME);
                jdbc.update("insert into launch_lock (lock_name, host, pid, acquired_at) values (?, ?, ?, ?)", NAME,
                        RunOwners.hostName(), ProcessHandle.current().pid(), LocalDateTime.now());
            });
        } catch (DuplicateKeyException e) {
            throw new LaunchRefusedException("Another MentorLens process started a job on this database at the same"
                    + " moment; try again when it has ended.");
        }
        return new Held();
    }

    /** The lock while held; closing releases it. */
    public final class Held implements AutoCloseable {

        private Held() {
        }

        @Override
        public void close() {
            jdbc.update("delete from launch_lock where lock_name = ? and pid = ? and host = ?", NAME,
                    ProcessHandle.current().pid(), RunOwners.hostName());
        }
    }
}
