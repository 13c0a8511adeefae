package dev.mentorlens.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** The bookkeeping table {@code ingest_file}: which input files the tables hold, and their counts. */
public final class IngestFiles {

    static final String PENDING = "pending";
    /** Read before, its records staged (PostgreSQL): to be judged again without reading the file. */
    static final String STAGED = "staged";
    static final String DONE = "done";

    private final JdbcTemplate jdbc;

    public IngestFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<String> pendingFiles(Source source) {
        return jdbc.queryForList("select file_name from ingest_file where source = ? and status = ? order by position",
                String.class, source.id(), PENDING);
    }

    /**
     * The pending files of a source not read to their end yet, in order: a file's rows read are recorded in
     * the chunk transaction that reads its end, so a file read to its end is never read again.
     */
    List<String> unreadPendingFiles(Source source) {
        return jdbc.queryForList("select file_name from ingest_file where source = ? and status = ?"
                + " and rows_read is null order by position", String.class, source.id(), PENDING);
    }

    void recordRowsRead(Source source, String fileName, int rows) {
        jdbc.update("update ingest_file set rows_read = ? where source = ? and file_name = ?", rows, source.id(),
                fileName);
    }

    /** Keeps a warning about one row read; it stays as long as the tables hold that file. */
    void recordWarning(Source source, InputRow row, String message) {
        jdbc.update("insert into ingest_warning (source, source_file, source_line, message) values (?, ?, ?, ?)",
                source.id(), row.file(), row.line(), message);
    }

    /**
     * Counts what each pending (or staged) file gave and marks it done; returns how many files that was. Fails when a file's rows read differ from
     * accepted + rejected + duplicates, which would mean a row was lost. One grouped count per table,
     * not one per file: a source of many monthly files is scanned once.
     */
    int completePending(Source source) {
        List<String> pending = jdbc.queryForList("select file_name from ingest_file where source = ?"
                + " and status in (?, ?) order by position", String.class, source.id(), PENDING, STAGED);
        if (pending.isEmpty()) {
            return 0;
        }
        Map<String, Integer> acceptedByFile = countsByFile(
                "select source_file, count(*) from " + source.table() + " group by source_file");
        Map<String, Integer> rejectedByFile = countsByFile(
                "select source_file, count(*) from ingest_reject where source = ? group by source_file", source.id());
        Map<String, Integer> duplicatesByFile = countsByFile(
                "select source_file, count(*) from ingest_duplicate where source = ? group by source_file", source.id());
        for (String file : pending) {
            Integer read = jdbc.queryForObject(
                    "select rows_read from ingest_file where source = ? and file_name = ?", Integer.class,
                    source.id(), file);
            int accepted = acceptedByFile.getOrDefault(file, 0);
            int rejected = rejectedByFile.getOrDefault(file, 0);
            int duplicates = duplicatesByFile.getOrDefault(file, 0);
            if (read == null || read != accepted + rejected + duplicates) {
                throw new IllegalStateException(file + ": " + read + " rows read but " + accepted + " accepted, "
                        + rejected + " rejected and " + duplicates + " duplicates were recorded");
            }
            jdbc.update("update ingest_file set status = ?, accepted = ?, rejected = ?, duplicates = ?"
                    + " where source = ? and file_name = ?", DONE, accepted, rejected, duplicates, source.id(), file);
        }
        return pending.size();
    }

    /**
     * On PostgreSQL, refreshes the planner statistics of the source's table once it is loaded: the
     * sources after it look rows up in it, and a table never analysed is planned as if nearly empty.
     */
    void refreshStatistics(Source source) {
        if (!TableWriter.isPostgres(jdbc)) {
            return;
        }
        jdbc.execute("analyze " + source.table());
        if (source == Source.SESSIONS) {
            jdbc.execute("analyze session_attendee");
        }
    }

    private Map<String, Integer> countsByFile(String sql, Object... args) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getInt(2));
        }, args);
        return counts;
    }

    /** The input files the tables hold (after the plan step: exactly the run's inputs), with their sha256. */
    public List<InputFolder.InputFile> files() {
        List<InputFolder.InputFile> files = new java.util.ArrayList<>();
        for (Source source : Source.values()) {
            files.addAll(jdbc.query("select file_name, sha256 from ingest_file where source = ? order by position",
                    (rs, i) -> new InputFolder.InputFile(source, rs.getString(1), rs.getString(2)), source.id()));
        }
        return files;
    }

    /** Per-source totals over the files the tables hold, in source order. */
    public List<SourceCounts> totals() {
        return java.util.Arrays.stream(Source.values()).map(this::totals).toList();
    }

    private SourceCounts totals(Source source) {
        return jdbc.queryForObject("select coalesce(sum(rows_read), 0), coalesce(sum(accepted), 0),"
                + " coalesce(sum(rejected), 0), coalesce(sum(duplicates), 0), count(*) from ingest_file where source = ?",
                (rs, i) -> new SourceCounts(source.id(), rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5)), source.id());
    }
}
