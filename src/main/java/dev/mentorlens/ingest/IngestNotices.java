package dev.mentorlens.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a run summary says besides the counts: input files that earlier runs ingested and that are gone
 * from the input folder, and the warnings kept about rows read (table {@code ingest_warning}, also for the
 * workbook's Data quality sheet).
 */
@Component
public class IngestNotices {

    /** Key, in the job's execution context, of the removed input files (names separated by '/'). */
    public static final String REMOVED_INPUTS_KEY = "ingest.removedInputs";

    static final int MAX_WARNINGS_SHOWN = 10;

    /** One warning about a row that was read: its source, file, physical line and what looks wrong. */
    public record Warning(String source, String file, int line, String message) {
    }

    private final JdbcTemplate jdbc;

    IngestNotices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every warning the tables hold, by source, file and line. */
    public List<Warning> warnings() {
        return jdbc.query("select source, source_file, source_line, message from ingest_warning"
                + " order by source, source_file, source_line",
                (rs, i) -> new Warning(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
    }

    /** The sentences to print under the counts of a run, one per line; empty when there is nothing to say. */
    public List<String> lines(ExecutionContext jobContext) {
        List<String> lines = new ArrayList<>();
        String removed = jobContext.getString(REMOVED_INPUTS_KEY, "");
        for (String file : removed.isEmpty() ? new String[0] : removed.split("/")) {
            lines.add("Input file " + file + " was read by an earlier run and is no longer in the input folder;"
                    + " its rows are no longer counted.");
        }
        List<Warning> warnings = warnings();
        for (Warning warning : warnings.subList(0, Math.min(MAX_WARNINGS_SHOWN, warnings.size()))) {
            lines.add("Warning: " + warning.message());
        }
        if (warnings.size() > MAX_WARNINGS_SHOWN) {
            lines.add("... and " + (warnings.size() - MAX_WARNINGS_SHOWN) + " more warnings about rows read.");
        }
        return lines;
    }
}
