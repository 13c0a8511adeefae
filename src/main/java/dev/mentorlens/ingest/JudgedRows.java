package dev.mentorlens.ingest;

import org.springframework.jdbc.core.JdbcTemplate;

/** What a source's records were judged into: accepted rows (and a session's attendees), rejects and duplicates. */
final class JudgedRows {

    private JudgedRows() {
    }

    /**
     * Empties them; where records are staged (PostgreSQL) with a truncate, which rolls back with its
     * transaction and leaves no dead rows behind.
     */
    static void empty(JdbcTemplate jdbc, Source source, boolean staged) {
        if (source == Source.SESSIONS) {
            emptyTable(jdbc, "session_attendee", staged);
        }
        emptyTable(jdbc, source.table(), staged);
        jdbc.update("delete from ingest_reject where source = ?", source.id());
        jdbc.update("delete from ingest_duplicate where source = ?", source.id());
    }

    static void emptyTable(JdbcTemplate jdbc, String table, boolean staged) {
        jdbc.update((staged ? "truncate table " : "delete from ") + table);
    }
}
