package dev.mentorlens.ingest;

import java.time.Duration;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The time a settlement's statements may take. The PostgreSQL profile cancels any statement after 25 s
 * and takes a server silent for 30 s as gone, so that a hung server fails a run quickly; a settlement
 * decides a whole source in a few statements that grow with the organisation (two million sessions
 * take minutes), and gets its own, longer limit for the length of its transaction only.
 */
final class SettlementLimits {

    /** Time added to the statement limit before the client gives up on a silent server. */
    private static final Duration CLIENT_MARGIN = Duration.ofSeconds(30);

    private final Duration statementLimit;

    SettlementLimits(Duration statementLimit) {
        if (statementLimit.isNegative() || statementLimit.isZero()) {
            throw new IllegalArgumentException("mentorlens.ingest.settlement-timeout must be positive, not "
                    + statementLimit + ".");
        }
        this.statementLimit = statementLimit;
    }

    /**
     * Applies the settlement limit to the current transaction's connection: the server's statement timeout
     * until the transaction ends, the client's socket timeout until the connection goes back to the pool,
     * which restores the driver's own.
     */
    void applyTo(JdbcTemplate jdbc) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A settlement runs in a transaction.");
        }
        jdbc.execute("set local statement_timeout = " + statementLimit.toMillis());
        int clientLimit = Math.toIntExact(statementLimit.plus(CLIENT_MARGIN).toMillis());
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            connection.setNetworkTimeout(Runnable::run, clientLimit);
            return null;
        });
    }
}
