package dev.mentorlens.runs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.mentorlens.batch.RunOwners;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks on the resources runs share in one database (the ingest tables, the period a run
 * publishes), held as leases: the holder renews its leases while it runs, so a lease whose holder
 * died (on any host, in a container, without a clean exit) lapses and is taken over. Spring Batch's
 * own check for a running execution is not atomic, so launches go through these locks. A second
 * launch waits briefly, then is refused with a sentence naming the holder.
 */
@Component
class RunLocks {

    static final String INGEST_TABLES = "ingest tables";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final DatabaseClock clock;
    private final ProcessLiveness liveness;
    private final Duration lease;
    private final Duration wait;

    RunLocks(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DatabaseClock clock,
            ProcessLiveness liveness, @Value("${mentorlens.locks.lease:60s}") Duration lease,
            @Value("${mentorlens.locks.wait:3s}") Duration wait) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.liveness = liveness;
        this.lease = lease;
        this.wait = wait;
    }

    /** The lock of publishing one period (all programmes, or one). */
    static String publishing(String period, String programme) {
        return "publishing " + period + " " + programme;
    }

    /** Takes every resource, or none: waits up to the configured time, then throws {@link LockedException}. */
    Held acquire(List<String> resources) {
        String holderId = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            for (String resource : resources) {
                while (!tryAcquire(resource, holderId)) {
                    if (System.nanoTime() > deadline) {
                        throw new LockedException(refusal(resource));
                    }
                    pause();
                }
            }
        } catch (RuntimeException e) {
            jdbc.update("delete from run_lease where holder_id = ?", holderId);
            throw e;
        }
        return new Held(holderId);
    }

    /** Frees every lease of a process, e.g. of a run declared dead. */
    void releaseAllOf(String processToken) {
        if (processToken != null) {
            jdbc.update("delete from run_lease where process_token = ?", processToken);
        }
    }

    private boolean tryAcquire(String resource, String holderId) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                long now = clock.nowMillis();
                List<Lease> current = jdbc.query("select holder_id, host, pid, process_token, expires_at"
                        + " from run_lease where resource = ?", (rs, i) -> new Lease(rs.getString(1),
                                new ProcessLiveness.Holder(rs.getString(2), rs.getLong(3), rs.getString(4)),
                                rs.getLong(5)), resource);
                if (!current.isEmpty()) {
                    Lease held = current.get(0);
                    if (held.expiresAt() > now && !held.holder().isSeenDead()) {
                        return false;
                    }
                    // taken over: the holder stopped renewing, or its process is gone
                    jdbc.update("delete from run_lease where resource = ? and holder_id = ?", resource,
                            held.holderId());
                }
                jdbc.update("insert into run_lease (resource, holder_id, process_token, host, pid, acquired_at,"
                        + " expires_at) values (?, ?, ?, ?, ?, ?, ?)", resource, holderId, RunOwners.PROCESS_TOKEN,
                        RunOwners.hostName(), ProcessHandle.current().pid(), now, now + lease.toMillis());
                return true;
            }));
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private String refusal(String resource) {
        List<String> holders = jdbc.query("select host, pid, process_token, expires_at from run_lease"
                + " where resource = ?", (rs, i) -> {
                    Long execution = liveness.executionOf(rs.getString(3));
                    String run = execution == null ? "Another run" : "Run " + execution;
                    String release = execution == null ? "" : ", or 'mentorlens release " + execution + "'";
                    return run + " (host " + rs.getString(1) + ", pid " + rs.getLong(2) + ") holds the " + resource
                            + " of this database; wait for it to end, or if its process is gone wait until its lease"
                            + " lapses at " + TIME.format(Instant.ofEpochMilli(rs.getLong(4))) + release + ".";
                }, resource);
        return holders.isEmpty() ? "The " + resource + " of this database are busy; try again." : holders.get(0);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockedException("Interrupted while waiting for a lock.");
        }
    }

    private record Lease(String holderId, ProcessLiveness.Holder holder, long expiresAt) {
    }

    /** Leases taken together, renewed until closed. */
    final class Held implements AutoCloseable {

        private final String holderId;
        private final ScheduledExecutorService heartbeat;

        private Held(String holderId) {
            this.holderId = holderId;
            this.heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "mentorlens-lease-heartbeat");
                thread.setDaemon(true);
                return thread;
            });
            long every = Math.max(1, lease.toMillis() / 4);
            heartbeat.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
        }

        private void renew() {
            try {
                jdbc.update("update run_lease set expires_at = ? where holder_id = ?",
                        clock.nowMillis() + lease.toMillis(), holderId);
            } catch (RuntimeException e) {
                // the next beat tries again; a lease that lapses meanwhile can be taken over, as designed
            }
        }

        @Override
        public void close() {
            heartbeat.shutdownNow();
            jdbc.update("delete from run_lease where holder_id = ?", holderId);
        }
    }

    /** A resource is held by another live run. */
    static final class LockedException extends RuntimeException {

        LockedException(String message) {
            super(message);
        }
    }
}
