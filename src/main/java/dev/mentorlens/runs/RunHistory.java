package dev.mentorlens.runs;

import dev.mentorlens.batch.RunOwners;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Recent job executions with their parameters, state and timings, for {@code status} and the console. */
@Service
public class RunHistory {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JdbcTemplate jdbc;
    private final RunOwners owners;

    RunHistory(JdbcTemplate jdbc, RunOwners owners) {
        this.jdbc = jdbc;
        this.owners = owners;
    }

    public String table(int limit) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-9s %-20s %-40s %-10s %-19s %9s%n",
                "execution", "job", "parameters", "status", "started", "duration"));
        jdbc.query("select e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time"
                + " from batch_job_execution e join batch_job_instance i on i.job_instance_id = e.job_instance_id"
                + " order by e.job_execution_id desc limit ?", rs -> {
                    long id = rs.getLong(1);
                    String status = rs.getString(3);
                    if ("STARTED".equals(status) && !owners.isAlive(id)) {
                        status = "DIED";
                    }
                    LocalDateTime start = rs.getObject(4, LocalDateTime.class);
                    LocalDateTime end = rs.getObject(5, LocalDateTime.class);
                    out.append(String.format(Locale.ROOT, "%-9d %-20s %-40s %-10s %-19s %9s%n", id, rs.getString(2),
                            parameters(id), status, start == null ? "" : WHEN.format(start), duration(start, end)));
                }, limit);
        return out.toString();
    }

    private String parameters(long executionId) {
        return String.join(" ", jdbc.queryForList("select parameter_name || '=' || parameter_value"
                + " from batch_job_execution_params where job_execution_id = ? and identifying = 'Y'"
                + " order by parameter_name", String.class, executionId));
    }

    private static String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%.1f s", Duration.between(start, end).toMillis() / 1000.0);
    }
}
