package dev.mentorlens.runs;

import java.util.List;

import dev.mentorlens.batch.RunOwners;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the process behind a run or a lease is alive. This process is; on this host, a process
 * whose pid is gone, or that has this process's pid but another token (a container restarted as
 * PID 1), is dead; anywhere else, a process is alive while it renews a lease.
 */
@Component
class ProcessLiveness {

    /** A process as recorded with a run or a lease. */
    record Holder(String host, long pid, String token) {

        boolean isThisProcess() {
            return RunOwners.PROCESS_TOKEN.equals(token);
        }

        /** Dead for sure: on this host and its pid is gone or taken by this process. */
        boolean isSeenDead() {
            if (isThisProcess() || !RunOwners.hostName().equals(host)) {
                return false;
            }
            return pid == ProcessHandle.current().pid()
                    || !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    private final JdbcTemplate jdbc;
    private final DatabaseClock clock;

    ProcessLiveness(JdbcTemplate jdbc, DatabaseClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the process that runs the execution is alive (unknown owners count as dead). */
    boolean isAlive(long jobExecutionId) {
        List<Holder> owners = jdbc.query("select host, pid, process_token from run_owner where job_execution_id = ?",
                (rs, i) -> new Holder(rs.getString(1), rs.getLong(2), rs.getString(3)), jobExecutionId);
        if (owners.isEmpty()) {
            return false;
        }
        Holder owner = owners.get(0);
        if (owner.isThisProcess()) {
            return true;
        }
        if (owner.isSeenDead()) {
            return false;
        }
        if (owner.token() != null && holdsLiveLease(owner.token())) {
            return true;
        }
        // a run started without leases (by another tool) on this host: its pid is all there is to go by
        return RunOwners.hostName().equals(owner.host()) && owner.token() == null;
    }

    /**
     * Whether a run that names no owner yet is being launched. The job operator records the execution a
     * moment before its first listener records the owner (longer when the job's checks read large inputs);
     * meanwhile only the leases tell. Every launch holds the ingest tables from before it records its
     * execution until it ends, one launch at a time, so the newest execution is being launched while a live
     * process holds them.
     */
    boolean isBeingLaunched(long jobExecutionId) {
        if (tokenOf(jobExecutionId) != null) {
            return false;
        }
        Long newest = jdbc.queryForObject("select max(job_execution_id) from batch_job_execution", Long.class);
        if (newest == null || newest != jobExecutionId) {
            return false;
        }
        return jdbc.query("select host, pid, process_token from run_lease where resource = ? and expires_at > ?",
                (rs, i) -> new Holder(rs.getString(1), rs.getLong(2), rs.getString(3)), RunLocks.INGEST_TABLES,
                clock.nowMillis()).stream().anyMatch(holder -> !holder.isSeenDead());
    }

    String tokenOf(long jobExecutionId) {
        return jdbc.queryForList("select process_token from run_owner where job_execution_id = ?", String.class,
                jobExecutionId).stream().findFirst().orElse(null);
    }

    /** The process that runs or ran the execution, as partitions name their worker ({@code host:pid}), or null. */
    String ownerOf(long jobExecutionId) {
        return jdbc.query("select host, pid from run_owner where job_execution_id = ?",
                (rs, i) -> rs.getString(1) + ":" + rs.getLong(2), jobExecutionId).stream().findFirst().orElse(null);
    }

    /** The newest execution run by a process, or null. */
    Long executionOf(String token) {
        return jdbc.queryForObject("select max(job_execution_id) from run_owner where process_token = ?", Long.class,
                token);
    }

    private boolean holdsLiveLease(String token) {
        Integer live = jdbc.queryForObject("select count(*) from run_lease where process_token = ? and expires_at > ?",
                Integer.class, token, clock.nowMillis());
        return live != null && live > 0;
    }
}
