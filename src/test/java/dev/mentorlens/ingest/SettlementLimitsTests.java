package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A settlement's longer limits hold for its transaction only: the next user of the pooled connection
 * gets the short statement and socket timeouts that make a hung server fail a run quickly.
 */
class SettlementLimitsTests {

    @Test
    void raisesTheTimeoutsForTheTransactionOnly() {
        TestDatabase database = TestDatabase.create("postgres", "settlement_limits");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url());
        config.setUsername(database.username());
        config.setMaximumPoolSize(1);
        Properties driver = new Properties();
        driver.setProperty("options", "-c statement_timeout=25s");
        driver.setProperty("socketTimeout", "30");
        config.setDataSourceProperties(driver);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(pool));
            SettlementLimits limits = new SettlementLimits(Duration.ofMinutes(30));

            String[] inside = transaction.execute(status -> {
                limits.applyTo(jdbc);
                return new String[] {jdbc.queryForObject("show statement_timeout", String.class),
                        String.valueOf(networkTimeout(jdbc))};
            });
            String[] after = transaction.execute(status -> new String[] {
                    jdbc.queryForObject("show statement_timeout", String.class), String.valueOf(networkTimeout(jdbc))});

            assertThat(inside).containsExactly("30min", "1830000");
            assertThat(after).containsExactly("25s", "30000");
        }
    }

    @Test
    void needsATransactionAndAPositiveLimit() {
        JdbcTemplate jdbc = TestDatabase.create("postgres", "settlement_limits").jdbc();

        assertThatThrownBy(() -> new SettlementLimits(Duration.ofMinutes(5)).applyTo(jdbc))
                .hasMessage("A settlement runs in a transaction.");
        assertThatThrownBy(() -> new SettlementLimits(Duration.ZERO))
                .hasMessage("mentorlens.ingest.settlement-timeout must be positive, not PT0S.");
    }

    private static int networkTimeout(JdbcTemplate jdbc) {
        return jdbc.execute((ConnectionCallback<Integer>) connection -> connection.getNetworkTimeout());
    }
}
