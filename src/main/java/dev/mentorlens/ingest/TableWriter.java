package dev.mentorlens.ingest;

import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends rows to a table inside the current transaction: on PostgreSQL with one COPY per call, elsewhere
 * with batched inserts. Values are {@link String}, {@link Number}, {@link java.time.LocalDate} or null.
 */
interface TableWriter {

    void append(String table, List<String> columns, List<Object[]> rows);

    static TableWriter of(JdbcTemplate jdbc) {
        return isPostgres(jdbc) ? new CopyTableWriter(jdbc) : new BatchedInsertTableWriter(jdbc);
    }

    static boolean isPostgres(JdbcTemplate jdbc) {
        return "PostgreSQL".equals(
                jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
    }
}
