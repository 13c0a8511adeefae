package dev.mentorlens.metrics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import dev.mentorlens.ingest.InputFileException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the accepted input rows the metrics need; session-sized data is aggregated in SQL or streamed. */
final class MetricsRepository {

    private final JdbcTemplate jdbc;

    MetricsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The reads of the programme health and impact metrics, on the same database. */
    HealthRepository health() {
        return new HealthRepository(jdbc);
    }

    List<String> programmeIds() {
        return jdbc.queryForList("select programme_id from programme order by programme_id", String.class);
    }

    Programme programme(String programmeId) {
        List<Integer> cadence = jdbc.queryForList(
                "select expected_cadence_days from programme where programme_id = ?", Integer.class, programmeId);
        if (cadence.isEmpty()) {
            throw new InputFileException("Programme '" + programmeId
                    + "' is not among the accepted programmes; use one of " + programmeIds() + " or ALL.");
        }
        List<Enrolment> enrolments = jdbc.query("select cohort, employee_id, role, enrolled_on, exited_on"
                + " from enrolment where programme_id = ? order by cohort, employee_id, role",
                (rs, i) -> new Enrolment(rs.getString(1), rs.getString(2), rs.getString(3), date(rs, 4), date(rs, 5)),
                programmeId);
        List<Match> matches = jdbc.query("select match_id, cohort, mentor_id, mentee_id, matched_on, ended_on"
                + " from mentoring_match where programme_id = ? order by match_id",
                (rs, i) -> new Match(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs, 5),
                        date(rs, 6)),
                programmeId);
        return Programme.of(programmeId, cadence.get(0), enrolments, matches);
    }

    /** Every employee with the dates of their promotions. */
    Workforce workforce() {
        Map<String, List<LocalDate>> promotions = new HashMap<>();
        jdbc.query("select employee_id, effective_date from job_event where event = 'promotion'", rs -> {
            promotions.computeIfAbsent(rs.getString(1).intern(), id -> new ArrayList<>()).add(date(rs, 2));
        });
        List<Employee> employees = new ArrayList<>();
        // ids and departments interned: the same people and departments come back from other queries
        jdbc.query("select employee_id, department, hire_date, termination_date, termination_reason from employee"
                + " order by employee_id", rs -> {
                    String id = rs.getString(1).intern();
                    String reason = rs.getString(5);
                    employees.add(new Employee(id, rs.getString(2).intern(), date(rs, 3), date(rs, 4),
                            reason == null ? null : reason.intern(), promotions.getOrDefault(id, List.of())));
                });
        return new Workforce(employees);
    }

    /** Employees with an enrolment in any programme and role on or before {@code day}. */
    Set<String> enrolledBy(LocalDate day) {
        return Collections.unmodifiableSet(new HashSet<>(jdbc.queryForList(
                "select distinct employee_id from enrolment where enrolled_on <= ?", String.class, Date.valueOf(day))));
    }

    /**
     * Sessions of a programme dated in {@code [from, to]} counted per cohort of their match (null
     * without a match), month and status.
     */
    void sessionCounts(String programmeId, LocalDate from, LocalDate to, Consumer<SessionCount> sink) {
        jdbc.query("select m.cohort, extract(year from s.session_date), extract(month from s.session_date),"
                + " s.status, count(*), sum(s.duration_minutes)"
                + " from mentoring_session s left join mentoring_match m on m.match_id = s.match_id"
                + " where s.programme_id = ? and s.session_date >= ? and s.session_date <= ?"
                + " group by m.cohort, extract(year from s.session_date), extract(month from s.session_date), s.status",
                rs -> {
                    sink.accept(new SessionCount(rs.getString(1),
                            YearMonth.of(rs.getInt(2), rs.getInt(3)), rs.getString(4), rs.getLong(5),
                            rs.getLong(6)));
                }, programmeId, Date.valueOf(from), Date.valueOf(to));
    }

    /**
     * Per match of a programme and per month up to {@code to}, the latest held session carrying the
     * match's id: one grouped query instead of one per trend month.
     */
    Map<String, NavigableMap<YearMonth, LocalDate>> heldByMatchAndMonth(String programmeId, LocalDate to) {
        Map<String, NavigableMap<YearMonth, LocalDate>> held = new HashMap<>();
        jdbc.query("select s.match_id, extract(year from s.session_date), extract(month from s.session_date),"
                + " max(s.session_date) from mentoring_session s join mentoring_match m on m.match_id = s.match_id"
                + " where m.programme_id = ? and s.status = 'held' and s.session_date <= ?"
                + " group by s.match_id, extract(year from s.session_date), extract(month from s.session_date)",
                rs -> {
                    held.computeIfAbsent(rs.getString(1), id -> new TreeMap<>())
                            .put(YearMonth.of(rs.getInt(2), rs.getInt(3)), date(rs, 4));
                }, programmeId, Date.valueOf(to));
        return held;
    }

    /**
     * Streams the responses of a programme submitted in {@code [from, to]} (dates in the reporting
     * zone).
     */
    void responses(String programmeId, LocalDate from, LocalDate to, Consumer<Response> sink) {
        jdbc.query("select response_id, respondent_id, role, submitted_epoch_ms, submitted_date, satisfaction, nps,"
                + " comment_text"
                + " from survey_response where programme_id = ? and submitted_date >= ? and submitted_date <= ?",
                rs -> {
                    int nps = rs.getInt(7);
                    Integer npsValue = rs.wasNull() ? null : nps;
                    sink.accept(new Response(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            date(rs, 5), rs.getInt(6), npsValue, rs.getString(8)));
                }, programmeId, Date.valueOf(from), Date.valueOf(to));
    }

    /**
     * Streams the mentor and mentee of each match dated on or before {@code day}, with its date, of one
     * programme or of all ({@code null}).
     */
    void matchTies(String programmeId, LocalDate day, BiConsumer<List<String>, LocalDate> sink) {
        String sql = "select mentor_id, mentee_id, matched_on from mentoring_match where matched_on <= ?"
                + (programmeId == null ? "" : " and programme_id = ?");
        Object[] args = programmeId == null ? new Object[] {Date.valueOf(day)}
                : new Object[] {Date.valueOf(day), programmeId};
        jdbc.query(sql, rs -> {
            sink.accept(List.of(rs.getString(1), rs.getString(2)), date(rs, 3));
        }, args);
    }

    /**
     * Streams the attendees of held sessions dated on or before {@code day}, one list per session with
     * the session's date, of one programme or of all ({@code null}).
     */
    void heldSessionAttendees(String programmeId, LocalDate day, BiConsumer<List<String>, LocalDate> sink) {
        String sql = "select a.session_id, a.employee_id, s.session_date from mentoring_session s"
                + " join session_attendee a on a.session_id = s.session_id"
                + " where s.status = 'held' and s.session_date <= ?"
                + (programmeId == null ? "" : " and s.programme_id = ?")
                + " order by a.session_id, a.employee_id";
        Object[] args = programmeId == null ? new Object[] {Date.valueOf(day)}
                : new Object[] {Date.valueOf(day), programmeId};
        List<String> current = new ArrayList<>();
        String[] currentSession = {null};
        LocalDate[] currentDay = {null};
        jdbc.query(sql, rs -> {
            String session = rs.getString(1);
            if (!session.equals(currentSession[0])) {
                if (!current.isEmpty()) {
                    sink.accept(List.copyOf(current), currentDay[0]);
                }
                current.clear();
                currentSession[0] = session;
                currentDay[0] = date(rs, 3);
            }
            current.add(rs.getString(2));
        }, args);
        if (!current.isEmpty()) {
            sink.accept(List.copyOf(current), currentDay[0]);
        }
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return SharedDays.of(rs.getDate(column));
    }
}
