import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Prints the steps of the last job execution of a MentorLens database, as bench/run shows them:
 * per step its status, seconds, rows read and written and, for an ingest step, rows read per second.
 * A step still running (its process killed by the harness' time limit) counts until now, with the
 * rows of its committed chunks. On PostgreSQL it adds the sequential scans of the ingest tables.
 *
 * Usage: java -cp h2.jar:postgresql.jar bench/StepTimes.java JDBC_URL USER
 */
public class StepTimes {

    public static void main(String[] args) throws SQLException {
        try (Connection db = DriverManager.getConnection(args[0], args[1], "");
                Statement sql = db.createStatement()) {
            long execution;
            try (ResultSet rs = sql.executeQuery("select max(job_execution_id) from batch_job_execution")) {
                rs.next();
                execution = rs.getLong(1);
            }
            System.out.printf("  %-32s %-10s %9s %9s %9s %10s %9s %9s%n", "step", "status", "seconds", "read",
                    "written", "rows/s", "reading", "settling");
            double total = 0;
            // last_updated: Spring Batch sets end_time before the step's listeners run (an ingest step
            // settles its staged rows there), and records their work with the last update.
            try (ResultSet rs = sql.executeQuery("select step_name, status, start_time,"
                    + " case when end_time is null then null else greatest(end_time, last_updated) end, read_count,"
                    + " write_count, end_time from batch_step_execution where job_execution_id = " + execution
                    + " order by step_execution_id")) {
                while (rs.next()) {
                    Timestamp start = rs.getTimestamp(3);
                    Timestamp end = rs.getTimestamp(4);
                    LocalDateTime until = end == null ? LocalDateTime.now() : end.toLocalDateTime();
                    double seconds = start == null ? 0
                            : Duration.between(start.toLocalDateTime(), until).toMillis() / 1000.0;
                    total += seconds;
                    long read = rs.getLong(5);
                    String name = rs.getString(1);
                    String rate = name.startsWith("ingest") && seconds > 0 ? String.format("%.0f", read / seconds) : "";
                    // an ingest step reads until end_time, then settles its staged rows in its listener
                    Timestamp readEnd = rs.getTimestamp(7);
                    String phases = "";
                    if (name.startsWith("ingest") && end != null && readEnd != null) {
                        double reading = Duration.between(start.toLocalDateTime(), readEnd.toLocalDateTime()).toMillis()
                                / 1000.0;
                        phases = String.format("%9.1f %9.1f", reading, seconds - reading);
                    }
                    System.out.printf("  %-32s %-10s %9.1f %9d %9d %10s %s%n", name,
                            end == null ? "RUNNING" : rs.getString(2), seconds, read, rs.getLong(6), rate, phases);
                }
            }
            System.out.printf("  %-32s %-10s %9.1f%n", "sum of steps", "", total);
            if (args[0].startsWith("jdbc:postgresql")) {
                System.out.println("  sequential scans of the ingest tables (pg_stat_user_tables, whole database):");
                try (ResultSet rs = sql.executeQuery("select relname, seq_scan, seq_tup_read, idx_scan"
                        + " from pg_stat_user_tables where seq_scan > 0 and relname not like 'batch%'"
                        + " and relname not like 'floor_%' order by seq_tup_read desc limit 8")) {
                    while (rs.next()) {
                        System.out.printf("    %-24s seq_scan %7d  seq_tup_read %12d  idx_scan %9d%n",
                                rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
                    }
                }
            }
        }
    }
}
