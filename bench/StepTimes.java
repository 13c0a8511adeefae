import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the steps of the last job execution of a MentorLens database, as bench/run shows them:
 * per step its status, seconds, rows read and written and, for an ingest step, rows read per second.
 * A step still running (its process killed by the harness' time limit) counts until now, with the
 * rows of its committed chunks. On PostgreSQL it adds the sequential scans of the ingest tables.
 *
 * <p>A partitioned step (metricsStep, workbooksStep) is a manager whose time is the wall time of its
 * partitions; the partitions ({@code metricsStep:partition0}, ...) are listed under it with their worker
 * (table partition_worker) and when they started and ended after the manager started, and are not added
 * to the sum of steps.
 *
 * Usage: java -cp h2.jar:postgresql.jar bench/StepTimes.java JDBC_URL USER
 */
public class StepTimes {

    record Row(String name, String status, LocalDateTime start, LocalDateTime end, long read, long written,
            String worker, LocalDateTime readEnd) {

        boolean partition() {
            return name.contains(":");
        }

        double seconds() {
            return start == null ? 0 : between(start, end == null ? LocalDateTime.now() : end);
        }
    }

    public static void main(String[] args) throws SQLException {
        try (Connection db = DriverManager.getConnection(args[0], args[1], "");
                Statement sql = db.createStatement()) {
            long execution;
            try (ResultSet rs = sql.executeQuery("select max(job_execution_id) from batch_job_execution")) {
                rs.next();
                execution = rs.getLong(1);
            }
            List<Row> rows = new ArrayList<>();
            // last_updated: Spring Batch sets end_time before the step's listeners run (an ingest step
            // settles its staged rows there), and records their work with the last update.
            try (ResultSet rs = sql.executeQuery("select s.step_name, s.status, s.start_time,"
                    + " case when s.end_time is null then null else greatest(s.end_time, s.last_updated) end,"
                    + " s.read_count, s.write_count, w.worker, s.end_time from batch_step_execution s"
                    + " left join partition_worker w on w.step_execution_id = s.step_execution_id"
                    + " where s.job_execution_id = " + execution + " order by s.step_execution_id")) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), time(rs.getTimestamp(3)),
                            time(rs.getTimestamp(4)), rs.getLong(5), rs.getLong(6), rs.getString(7),
                            time(rs.getTimestamp(8))));
                }
            }
            System.out.printf("  %-32s %-10s %9s %9s %9s %10s %9s %9s%n", "step", "status", "seconds", "read",
                    "written", "rows/s", "reading", "settling");
            double total = 0;
            for (Row row : rows) {
                if (row.partition()) {
                    continue;
                }
                double seconds = row.seconds();
                total += seconds;
                String rate = row.name().startsWith("ingest") && seconds > 0
                        ? String.format("%.0f", row.read() / seconds) : "";
                // an ingest step reads until end_time, then settles its staged rows in its listener
                String phases = "";
                if (row.name().startsWith("ingest") && row.end() != null && row.readEnd() != null) {
                    double reading = between(row.start(), row.readEnd());
                    phases = String.format("%9.1f %9.1f", reading, seconds - reading);
                }
                System.out.printf("  %-32s %-10s %9.1f %9d %9d %10s %s%n", row.name(),
                        row.end() == null ? "RUNNING" : row.status(), seconds, row.read(), row.written(), rate, phases);
                partitions(row, rows);
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

    /** The partitions of a manager step, each with its worker and its start and end after the manager's start. */
    private static void partitions(Row manager, List<Row> rows) {
        List<Row> mine = rows.stream().filter(r -> r.name().startsWith(manager.name() + ":")).toList();
        if (mine.isEmpty()) {
            return;
        }
        double min = Double.MAX_VALUE;
        double max = 0;
        double busy = 0;
        for (Row p : mine) {
            double seconds = p.seconds();
            min = Math.min(min, seconds);
            max = Math.max(max, seconds);
            busy += seconds;
            String from = p.start() == null || manager.start() == null ? "-"
                    : String.format("+%.1f", between(manager.start(), p.start()));
            String until = p.end() == null || manager.start() == null ? "-"
                    : String.format("+%.1f", between(manager.start(), p.end()));
            System.out.printf("    %-30s %-10s %9.1f %9d %9d   %s .. %s s  %s%n", p.name(),
                    p.end() == null ? "RUNNING" : p.status(), seconds, p.read(), p.written(), from, until,
                    p.worker() == null ? "(no worker recorded)" : p.worker());
        }
        long workers = mine.stream().map(Row::worker).filter(w -> w != null).distinct().count();
        System.out.printf("    %d partitions on %d worker(s): shortest %.1f s, longest %.1f s, sum %.1f s"
                + " (in the %.1f s of %s)%n", mine.size(), workers, min, max, busy, manager.seconds(), manager.name());
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }

    private static double between(LocalDateTime from, LocalDateTime to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
