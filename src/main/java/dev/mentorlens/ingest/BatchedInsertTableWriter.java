package dev.mentorlens.ingest;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Appends rows with one batched insert per call. */
final class BatchedInsertTableWriter implements TableWriter {

    private final JdbcTemplate jdbc;

    BatchedInsertTableWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")", rows);
    }
}
