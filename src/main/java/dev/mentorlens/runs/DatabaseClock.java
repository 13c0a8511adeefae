package dev.mentorlens.runs;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The database's clock: every process sharing the database measures leases by the same time. */
@Component
class DatabaseClock {

    private final JdbcTemplate jdbc;

    DatabaseClock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long nowMillis() {
        return jdbc.queryForObject("select current_timestamp", OffsetDateTime.class).toInstant().toEpochMilli();
    }
}
