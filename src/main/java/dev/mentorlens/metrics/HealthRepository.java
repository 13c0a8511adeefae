package dev.mentorlens.metrics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.mentorlens.ingest.EmployeeAttributes;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads what the programme health and impact metrics (docs/metrics.md, programme health and impact) need beyond the section 2 inputs. */
final class HealthRepository {

    private final JdbcTemplate jdbc;

    HealthRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The programme's mentor_capacity, null when it has none. */
    Integer mentorCapacity(String programmeId) {
        List<Integer> capacity = jdbc.query("select mentor_capacity from programme where programme_id = ?",
                (rs, i) -> {
                    int value = rs.getInt(1);
                    return rs.wasNull() ? null : value;
                }, programmeId);
        return capacity.isEmpty() ? null : capacity.get(0);
    }

    /** Per match of the programme, its first and latest held session (by match_id) dated on or before D. */
    Map<String, HeldDates> heldDates(String programmeId, LocalDate d) {
        Map<String, HeldDates> held = new HashMap<>();
        jdbc.query("select s.match_id, min(s.session_date), max(s.session_date) from mentoring_session s"
                + " join mentoring_match m on m.match_id = s.match_id"
                + " where m.programme_id = ? and s.status = 'held' and s.session_date <= ? group by s.match_id",
                rs -> {
                    held.put(rs.getString(1), new HeldDates(date(rs, 2), date(rs, 3)));
                }, programmeId, Date.valueOf(d));
        return held;
    }

    /** The goals of the programme's matches set on or before D, with their match's cohort. */
    List<Goal> goals(String programmeId, LocalDate d) {
        return jdbc.query("select m.cohort, g.set_on, g.due_on, g.achieved_on from goal g"
                + " join mentoring_match m on m.match_id = g.match_id where m.programme_id = ? and g.set_on <= ?",
                (rs, i) -> new Goal(rs.getString(1), date(rs, 2), date(rs, 3), date(rs, 4)), programmeId,
                Date.valueOf(d));
    }

    /** Everyone's current job level and the job_history events that carry a level. */
    JobLevels jobLevels() {
        JobLevels levels = new JobLevels();
        jdbc.query("select employee_id, job_level from employee", rs -> {
            levels.addCurrent(rs.getString(1).intern(), rs.getInt(2));
        });
        jdbc.query("select employee_id, effective_date, job_level from job_event where job_level is not null", rs -> {
            levels.addEvent(rs.getString(1).intern(), date(rs, 2), rs.getInt(3));
        });
        return levels;
    }

    /** Each employee's location and attributes by name; empty values are left out. */
    Map<String, Map<String, String>> attributes() {
        Map<String, Map<String, String>> attributes = new HashMap<>();
        jdbc.query("select employee_id, location, attributes from employee", rs -> {
            Map<String, String> values = new HashMap<>(EmployeeAttributes.decode(rs.getString(3)));
            String location = rs.getString(2);
            if (location != null && !location.isEmpty()) {
                values.put("location", location);
            }
            attributes.put(rs.getString(1), values);
        });
        return attributes;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return SharedDays.of(rs.getDate(column));
    }
}
