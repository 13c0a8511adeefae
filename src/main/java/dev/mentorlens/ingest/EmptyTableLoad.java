package dev.mentorlens.ingest;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads a PostgreSQL table that holds no rows yet (a first run, or a source emptied to be judged again)
 * the way PostgreSQL's guide to populating a database advises: its primary key, unique constraints and
 * indexes are dropped, the rows inserted, and they are built again from the loaded table, which sorts
 * once instead of maintaining each index row by row. At two million sessions that is the difference
 * between index pages that fit in the server's buffers and pages written and read again for each row.
 * Runs in the caller's transaction: a failure rolls back to the table with its indexes.
 */
final class EmptyTableLoad {

    /** Memory for each index build, for this transaction only. */
    private static final String BUILD_MEMORY = "256MB";

    private EmptyTableLoad() {
    }

    static void into(JdbcTemplate jdbc, String table, Runnable load) {
        Boolean hasRows = jdbc.queryForObject("select exists (select 1 from " + table + ")", Boolean.class);
        if (Boolean.TRUE.equals(hasRows)) {
            load.run();
            return;
        }
        List<String[]> constraints = jdbc.query("select conname, pg_get_constraintdef(oid) from pg_constraint"
                + " where conrelid = ?::regclass and contype in ('p', 'u') order by conname",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, table);
        List<String[]> indexes = jdbc.query("select i.relname, pg_get_indexdef(i.oid) from pg_index x"
                + " join pg_class i on i.oid = x.indexrelid where x.indrelid = ?::regclass and not exists"
                + " (select 1 from pg_constraint c where c.conindid = i.oid) order by i.relname",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, table);
        for (String[] constraint : constraints) {
            jdbc.execute("alter table " + table + " drop constraint " + constraint[0]);
        }
        for (String[] index : indexes) {
            jdbc.execute("drop index " + index[0]);
        }
        load.run();
        jdbc.execute("set local maintenance_work_mem = '" + BUILD_MEMORY + "'");
        for (String[] constraint : constraints) {
            jdbc.execute("alter table " + table + " add constraint " + constraint[0] + " " + constraint[1]);
        }
        for (String[] index : indexes) {
            jdbc.execute(index[1]);
        }
    }
}
