package dev.mentorlens.partition;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code partition_worker} table: which worker runs a partition and when it last beat. Times are the
 * database's, so that workers on other machines are judged by one clock.
 */
@Repository
public class PartitionWorkers {

    /** A partition's worker as recorded; {@code silentFor} is how long since its last heartbeat. */
    public record Entry(long stepExecutionId, String worker, String release, LocalDateTime startedAt,
            LocalDateTime finishedAt, Duration silentFor) {
    }

    private final JdbcTemplate jdbc;

    PartitionWorkers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void started(long stepExecutionId, long jobExecutionId, String worker, String release) {
        jdbc.update("delete from partition_worker where step_execution_id = ?", stepExecutionId);
        jdbc.update("insert into partition_worker (step_execution_id, job_execution_id, worker, release_name,"
                + " started_at, beat_at) values (?, ?, ?, ?, localtimestamp, localtimestamp)",
                stepExecutionId, jobExecutionId, worker, release);
    }

    void beat(List<Long> stepExecutionIds) {
        jdbc.batchUpdate("update partition_worker set beat_at = localtimestamp where step_execution_id = ?",
                stepExecutionIds.stream().map(id -> new Object[] {id}).toList());
    }

    void finished(long stepExecutionId) {
        jdbc.update("update partition_worker set beat_at = localtimestamp, finished_at = localtimestamp"
                + " where step_execution_id = ?", stepExecutionId);
    }

    public Optional<Entry> of(long stepExecutionId) {
        return ofJob(null, stepExecutionId).stream().findFirst();
    }

    /** The workers of every partition of a job execution. */
    public List<Entry> ofJob(long jobExecutionId) {
        return ofJob(jobExecutionId, null);
    }

    private List<Entry> ofJob(Long jobExecutionId, Long stepExecutionId) {
        String where = jobExecutionId != null ? "job_execution_id = ?" : "step_execution_id = ?";
        return jdbc.query("select step_execution_id, worker, release_name, started_at, finished_at, beat_at,"
                + " localtimestamp as now from partition_worker where " + where + " order by step_execution_id",
                (rs, i) -> new Entry(rs.getLong("step_execution_id"), rs.getString("worker"),
                        rs.getString("release_name"), time(rs.getTimestamp("started_at")),
                        time(rs.getTimestamp("finished_at")),
                        Duration.between(time(rs.getTimestamp("beat_at")), time(rs.getTimestamp("now")))),
                jobExecutionId != null ? jobExecutionId : stepExecutionId);
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
