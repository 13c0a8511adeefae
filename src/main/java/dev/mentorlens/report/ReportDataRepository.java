package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mentorlens.ingest.SourceCounts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads what the metrics step stored for the workbooks beyond the metric values (tables of
 * V4__report_data.sql): no input table, no recomputation.
 */
final class ReportDataRepository {

    private final JdbcTemplate jdbc;

    ReportDataRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The details of a programme, or of the organisation ({@code ALL}); a period computed by no run fails. */
    Details details(String period, String programmeId) {
        List<Details> found = jdbc.query("select programme_name, anonymity_threshold, comment_threshold,"
                + " bridges_estimated, programme_format from report_programme where period = ? and programme_id = ?",
                (rs, i) -> new Details(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4),
                        arms(period, programmeId), scores(period, programmeId), comments(period, programmeId),
                        ties(period, programmeId), rs.getString(5), naiveImpact(period, programmeId),
                        breakdowns(period, programmeId)),
                period, programmeId);
        if (found.isEmpty()) {
            throw new IllegalStateException("No report data is stored for programme '" + programmeId + "' of "
                    + period + "; run it again with: rerun --period " + period + ".");
        }
        return found.get(0);
    }

    private List<Details.Breakdown> breakdowns(String period, String programmeId) {
        return jdbc.query("select attribute, attribute_value, metric, metric_value, n, ci_low, ci_high, suppressed"
                + " from report_breakdown where period = ? and programme_id = ? order by position",
                (rs, i) -> new Details.Breakdown(rs.getString(1), rs.getString(2), rs.getString(3),
                        ReportRepository.figure(rs, 4)), period, programmeId);
    }

    private Map<String, Map<String, Figure>> naiveImpact(String period, String programmeId) {
        Map<String, Map<String, Figure>> byCohort = new LinkedHashMap<>();
        jdbc.query("select cohort, metric, metric_value, n, ci_low, ci_high from report_naive_impact"
                + " where period = ? and programme_id = ?", rs -> {
                    byCohort.computeIfAbsent(rs.getString(1), c -> new LinkedHashMap<>()).put(rs.getString(2),
                            new Figure(ReportRepository.number(rs.getObject(3)), rs.getObject(4) == null ? null
                                    : rs.getLong(4), ReportRepository.number(rs.getObject(5)),
                                    ReportRepository.number(rs.getObject(6)), false));
                }, period, programmeId);
        return byCohort;
    }

    /** The name of a programme as stored with its report data (its id when none is stored). */
    String programmeName(String period, String programmeId) {
        List<String> names = jdbc.queryForList("select programme_name from report_programme where period = ? and"
                + " programme_id = ?", String.class, period, programmeId);
        return names.isEmpty() ? programmeId : names.get(0);
    }

    /** The programme's format as stored with its report, one-to-one wording when none was kept. */
    ProgrammeFormat programmeFormat(String period, String programmeId) {
        List<String> formats = jdbc.queryForList("select programme_format from report_programme where period = ? and"
                + " programme_id = ?", String.class, period, programmeId);
        return ProgrammeFormat.of(formats.isEmpty() ? null : formats.get(0));
    }

    /** What the ingest of the period's last run read, accepted and rejected per source. */
    List<SourceCounts> sources(String period) {
        return jdbc.query("select source, rows_read, accepted, rejected, duplicates, files from report_source"
                + " where period = ? order by position",
                (rs, i) -> new SourceCounts(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6)),
                period);
    }

    /** A stored cohort comparison: cohort A's figures, cohort B's, and the tests. */
    ComparisonData comparison(String period, String programmeId, String cohortA, String cohortB) {
        Object[] key = {period, programmeId, cohortA, cohortB};
        List<Object[]> header = jdbc.query("select programme_name, anonymity_threshold from report_comparison"
                + " where period = ? and programme_id = ? and cohort_a = ? and cohort_b = ?",
                (rs, i) -> new Object[] {rs.getString(1), rs.getInt(2)}, key);
        if (header.isEmpty()) {
            throw new IllegalStateException("No comparison of " + cohortA + " and " + cohortB + " in programme '"
                    + programmeId + "' is stored for " + period + "; run compare again.");
        }
        Map<String, Figure> a = new LinkedHashMap<>();
        Map<String, Figure> b = new LinkedHashMap<>();
        Map<String, Figure> tests = new LinkedHashMap<>();
        jdbc.query("select cohort, metric, metric_value, n, ci_low, ci_high, suppressed from report_comparison_value"
                + " where period = ? and programme_id = ? and cohort_a = ? and cohort_b = ? order by position", rs -> {
                    String cohort = rs.getString(1);
                    Map<String, Figure> part = cohort.equals(cohortA) ? a : cohort.equals(cohortB) ? b : tests;
                    part.put(rs.getString(2), ReportRepository.figure(rs, 3));
                }, key);
        // the programme as last read: its format decides the measures' words
        List<String> format = jdbc.queryForList("select format from programme where programme_id = ?", String.class,
                programmeId);
        return new ComparisonData(programmeId, (String) header.get(0)[0], period, cohortA, cohortB,
                (Integer) header.get(0)[1], a, b, tests, comparisonCohorts(key), format.isEmpty() ? null
                        : format.get(0));
    }

    private List<ComparisonData.Cohort> comparisonCohorts(Object[] key) {
        Map<Integer, List<Details.Step>> steps = new LinkedHashMap<>();
        jdbc.query("select cohort_position, follow_up_day, survival from report_comparison_step where period = ?"
                + " and programme_id = ? and cohort_a = ? and cohort_b = ? order by cohort_position, position", rs -> {
                    steps.computeIfAbsent(rs.getInt(1), c -> new ArrayList<>())
                            .add(new Details.Step(rs.getDouble(2), rs.getDouble(3)));
                }, key);
        return jdbc.query("select position, cohort, subjects, follow_up_days, person_years, promotion_rate,"
                + " promotion_ci_low, promotion_ci_high, respondents, score_1, score_2, score_3, score_4, score_5"
                + " from report_comparison_cohort where period = ? and programme_id = ? and cohort_a = ?"
                + " and cohort_b = ? order by position", (rs, i) -> {
                    int count = rs.getInt(9);
                    Integer respondents = rs.wasNull() ? null : count;
                    List<Integer> scores = new ArrayList<>();
                    for (int score = 10; respondents != null && score <= 14; score++) {
                        scores.add(rs.getInt(score));
                    }
                    return new ComparisonData.Cohort(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getDouble(5),
                            ReportRepository.number(rs.getObject(6)), ReportRepository.number(rs.getObject(7)),
                            ReportRepository.number(rs.getObject(8)), steps.getOrDefault(rs.getInt(1), List.of()),
                            respondents, scores);
                }, key);
    }

    private List<Details.Arm> arms(String period, String programmeId) {
        Map<Integer, List<Details.Step>> steps = new LinkedHashMap<>();
        jdbc.query("select arm_position, follow_up_day, survival from report_survival_step where period = ?"
                + " and programme_id = ? order by arm_position, position", rs -> {
                    steps.computeIfAbsent(rs.getInt(1), a -> new ArrayList<>())
                            .add(new Details.Step(rs.getDouble(2), rs.getDouble(3)));
                }, period, programmeId);
        return jdbc.query("select position, arm, subjects, follow_up_days, promotion_rate, promotion_ci_low,"
                + " promotion_ci_high from report_arm where period = ? and programme_id = ? order by position",
                (rs, i) -> new Details.Arm(rs.getString(2), rs.getInt(3), rs.getInt(4),
                        ReportRepository.number(rs.getObject(5)), ReportRepository.number(rs.getObject(6)),
                        ReportRepository.number(rs.getObject(7)), steps.getOrDefault(rs.getInt(1), List.of())),
                period, programmeId);
    }

    private List<Details.RoleScores> scores(String period, String programmeId) {
        return jdbc.query("select role, respondents, score_1, score_2, score_3, score_4, score_5 from"
                + " report_role_scores where period = ? and programme_id = ? order by position", (rs, i) -> {
                    int count = rs.getInt(2);
                    Integer respondents = rs.wasNull() ? null : count;
                    List<Integer> counts = new ArrayList<>();
                    for (int score = 3; respondents != null && score <= 7; score++) {
                        counts.add(rs.getInt(score));
                    }
                    return new Details.RoleScores(rs.getString(1), respondents, counts);
                }, period, programmeId);
    }

    private List<Details.Comment> comments(String period, String programmeId) {
        return jdbc.query("select cohort, comment_text from report_comment where period = ? and programme_id = ?"
                + " order by position", (rs, i) -> new Details.Comment(rs.getString(1), rs.getString(2)), period,
                programmeId);
    }

    private List<Details.DepartmentTies> ties(String period, String programmeId) {
        return jdbc.query("select department_a, department_b, ties from report_department_tie where period = ?"
                + " and programme_id = ? order by position",
                (rs, i) -> new Details.DepartmentTies(rs.getString(1), rs.getString(2), rs.getInt(3)), period,
                programmeId);
    }
}
