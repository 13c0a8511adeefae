package dev.mentorlens.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the stored metrics of a period (tables of V2__metrics.sql) for the workbooks; no input table. */
final class ReportRepository {

    private final JdbcTemplate jdbc;

    ReportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of a programme per cohort (ALL first, then in metrics.csv order) and metric. */
    Map<String, Map<String, Figure>> figures(String period, String programmeId) {
        Map<String, Map<String, Figure>> byCohort = new LinkedHashMap<>();
        jdbc.query("select cohort, metric, metric_value, n, ci_low, ci_high, suppressed from metric_value"
                + " where period = ? and programme_id = ? order by position", rs -> {
                    byCohort.computeIfAbsent(rs.getString(1), c -> new LinkedHashMap<>()).put(rs.getString(2),
                            figure(rs, 3));
                }, period, programmeId);
        return byCohort;
    }

    /** Last month's figures of cohort ALL as the run of {@code period} computed them (empty when not stored). */
    Map<String, Figure> lastMonth(String period, String programmeId) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        jdbc.query("select metric, metric_value, n, ci_low, ci_high, suppressed from metric_last_month"
                + " where period = ? and programme_id = ? order by position", rs -> {
                    figures.put(rs.getString(1), figure(rs, 2));
                }, period, programmeId);
        return figures;
    }

    /** The 12-month participation series of a cohort: month, then metric and value. */
    Map<YearMonth, Map<String, Double>> trend(String period, String programmeId, String cohort) {
        Map<YearMonth, Map<String, Double>> months = new TreeMap<>();
        jdbc.query("select trend_month, metric, metric_value from metric_trend where period = ? and programme_id = ?"
                + " and cohort = ?", rs -> {
                    months.computeIfAbsent(YearMonth.parse(rs.getString(1)), m -> new LinkedHashMap<>())
                            .put(rs.getString(2), number(rs.getObject(3)));
                }, period, programmeId, cohort);
        return months;
    }

    long dormantCount(String period, String programmeId) {
        Long count = jdbc.queryForObject("select count(*) from dormant_pair where period = ? and programme_id = ?"
                + " and health_state = 'dormant'", Long.class, period, programmeId);
        return count == null ? 0 : count;
    }

    /**
     * Streams the dormant pairs, then the pairs that need a check-in, row by row, so 100k pairs never sit
     * in memory together.
     */
    void dormantPairs(String period, String programmeId, Consumer<DormantRow> sink) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(1000);
        streaming.query("select match_id, cohort, mentor_id, mentee_id, last_held, matched_on, mentor_department,"
                + " mentor_job_level, mentor_manager_id, mentee_department, mentee_job_level, mentee_manager_id,"
                + " health_state from dormant_pair where period = ? and programme_id = ?"
                + " order by case when health_state = 'dormant' then 0 else 1 end, match_id", rs -> {
                    sink.accept(new DormantRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            date(rs.getDate(5)), date(rs.getDate(6)), person(rs, 7), person(rs, 10),
                            !DormantRow.NEEDS_CHECK_IN.equals(rs.getString(13))));
                }, period, programmeId);
    }

    List<BridgeRow> bridges(String period, String programmeId) {
        return jdbc.query("select position, employee_id, betweenness, department, job_level, manager_id"
                + " from network_bridge where period = ? and programme_id = ? order by position",
                (rs, i) -> new BridgeRow(rs.getInt(1), rs.getString(2), rs.getDouble(3), person(rs, 4)), period,
                programmeId);
    }

    /** The stored programmes of the period (not ALL). */
    List<String> programmes(String period) {
        return new ArrayList<>(jdbc.queryForList("select distinct programme_id from metric_value where period = ?"
                + " and programme_id <> 'ALL' order by programme_id", String.class, period));
    }

    /**
     * A dormant pair, or one that needs a check-in ({@code dormant} false), with who the two people are;
     * {@code lastHeld} null = never met, {@code matchedOn} null only for pairs stored before the matching
     * date was kept.
     */
    record DormantRow(String matchId, String cohort, String mentorId, String menteeId, LocalDate lastHeld,
            LocalDate matchedOn, Person mentor, Person mentee, boolean dormant) {

        static final String NEEDS_CHECK_IN = "needs_check_in";

        /** Days from the last held session (or from matching when the pair never met) to {@code day}. */
        Long daysQuiet(LocalDate day) {
            LocalDate since = lastHeld != null ? lastHeld : matchedOn;
            return since == null ? null : ChronoUnit.DAYS.between(since, day);
        }
    }

    record BridgeRow(int rank, String employeeId, double betweenness, Person person) {
    }

    /** Where an employee sits, as the employee table said when the period was computed; fields may be null. */
    record Person(String department, Integer jobLevel, String managerId) {

        static final Person UNKNOWN = new Person(null, null, null);
    }

    private static Person person(ResultSet rs, int first) throws SQLException {
        int level = rs.getInt(first + 1);
        Integer jobLevel = rs.wasNull() ? null : level;
        return new Person(rs.getString(first), jobLevel, rs.getString(first + 2));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** The figure in the columns value, n, ci_low, ci_high, suppressed starting at {@code first}. */
    static Figure figure(ResultSet rs, int first) throws SQLException {
        return new Figure(number(rs.getObject(first)), longOrNull(rs.getObject(first + 1)),
                number(rs.getObject(first + 2)), number(rs.getObject(first + 3)), rs.getBoolean(first + 4));
    }

    static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
