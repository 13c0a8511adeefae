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

    /**
     * Lets the current ingest chunk commit without waiting for its log to reach the disk, where the
     * database allows it. Safe for ingest chunks alone: the rows, their bookkeeping and the reader's position
     * commit together, so a chunk lost in a server crash is read again when the run resumes.
     */
    default void commitWithoutFlushWait() {
    }

    static TableWriter of(JdbcTemplate jdbc) {
        return isPostgres(jdbc) ? new CopyTableWriter(jdbc) : new BatchedInsertTableWriter(jdbc);
    }

    static boolean isPostgres(JdbcTemplate jdbc) {
        return "PostgreSQL".equals(
                jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
    }
}
