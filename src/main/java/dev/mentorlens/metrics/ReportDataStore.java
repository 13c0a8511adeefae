package dev.mentorlens.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.mentorlens.ingest.SourceCounts;
import dev.mentorlens.metrics.ProgrammeReport.GroupComment;
import dev.mentorlens.stats.KaplanMeier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores what the workbooks show beyond the metric values (tables of V4__report_data.sql), replacing
 * per period and programme what an earlier run stored. Only values the workbooks may publish reach it:
 * suppressed roles come without counts, comments only of groups that may show them.
 */
final class ReportDataStore {

    private static final List<String> PER_PROGRAMME = List.of("report_programme", "report_arm",
            "report_survival_step", "report_role_scores", "report_comment", "report_department_tie",
            "report_naive_impact", "report_breakdown");

    private final JdbcTemplate jdbc;
    private final MetricsSettings settings;

    ReportDataStore(JdbcTemplate jdbc, MetricsSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    void saveProgramme(String period, ProgrammeReport report) {
        String id = report.programme().programmeId();
        ReportDetails details = report.details();
        deleteProgramme(period, id);
        saveHeader(period, id, programmeName(id), details.bridgesEstimated());
        List<Object[]> arms = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        for (int a = 0; a < details.arms().size(); a++) {
            ReportDetails.Arm arm = details.arms().get(a);
            arms.add(new Object[] {period, id, a, arm.name(), arm.subjects(), arm.followUpDays(),
                Numbers.orNull(arm.promotions().rate()), Numbers.orNull(arm.promotions().ciLow()),
                Numbers.orNull(arm.promotions().ciHigh())});
            for (int s = 0; s < arm.steps().size(); s++) {
                KaplanMeier.Step step = arm.steps().get(s);
                steps.add(new Object[] {period, id, a, s, step.time(), step.survival()});
            }
        }
        jdbc.batchUpdate("insert into report_arm (period, programme_id, position, arm, subjects, follow_up_days,"
                + " promotion_rate, promotion_ci_low, promotion_ci_high) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", arms);
        jdbc.batchUpdate("insert into report_survival_step (period, programme_id, arm_position, position,"
                + " follow_up_day, survival) values (?, ?, ?, ?, ?, ?)", steps);
        List<Object[]> scores = new ArrayList<>();
        for (int r = 0; r < details.scores().size(); r++) {
            ReportDetails.RoleScores role = details.scores().get(r);
            List<Integer> counts = role.suppressed() ? Collections.<Integer>nCopies(5, null) : role.counts();
            scores.add(new Object[] {period, id, r, role.role(), role.respondents(), counts.get(0), counts.get(1),
                counts.get(2), counts.get(3), counts.get(4)});
        }
        jdbc.batchUpdate("insert into report_role_scores (period, programme_id, position, role, respondents,"
                + " score_1, score_2, score_3, score_4, score_5) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", scores);
        List<Object[]> comments = new ArrayList<>();
        for (GroupComment comment : report.comments()) {
            comments.add(new Object[] {period, id, comments.size(), comment.cohort(), comment.text()});
        }
        jdbc.batchUpdate("insert into report_comment (period, programme_id, position, cohort, comment_text)"
                + " values (?, ?, ?, ?, ?)", comments);
        saveTies(period, id, details.departmentTies());
        List<Object[]> naive = new ArrayList<>();
        for (MetricRow r : details.naiveImpact()) {
            naive.add(new Object[] {period, id, r.cohort(), r.metric(), r.value(), r.n(), r.ciLow(), r.ciHigh()});
        }
        jdbc.batchUpdate("insert into report_naive_impact (period, programme_id, cohort, metric, metric_value, n,"
                + " ci_low, ci_high) values (?, ?, ?, ?, ?, ?, ?, ?)", naive);
    }

    /** The rows of a programme's breakdowns.csv as published; suppressed rows keep no number. */
    void saveBreakdowns(String period, String programmeId, List<BreakdownRow> rows) {
        List<Object[]> values = new ArrayList<>();
        for (BreakdownRow r : rows) {
            boolean hidden = r.suppressed();
            values.add(new Object[] {period, programmeId, values.size(), r.attribute(), r.attributeValue(), r.metric(),
                hidden ? null : r.value(), hidden ? null : r.n(), hidden ? null : r.ciLow(),
                hidden ? null : r.ciHigh(), hidden});
        }
        jdbc.batchUpdate("insert into report_breakdown (period, programme_id, position, attribute, attribute_value,"
                + " metric, metric_value, n, ci_low, ci_high, suppressed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values);
    }

    void saveOrganisation(String period, NetworkMetrics network) {
        deleteProgramme(period, Groups.ALL);
        saveHeader(period, Groups.ALL, Groups.ALL, network.bridgesEstimated());
        saveTies(period, Groups.ALL, network.departmentTies());
    }

    void saveSources(String period, List<SourceCounts> sources) {
        jdbc.update("delete from report_source where period = ?", period);
        List<Object[]> rows = new ArrayList<>();
        for (SourceCounts s : sources) {
            rows.add(new Object[] {period, rows.size(), s.source(), s.files(), s.read(), s.accepted(), s.rejected(),
                s.duplicates()});
        }
        jdbc.batchUpdate("insert into report_source (period, position, source, files, rows_read, accepted, rejected,"
                + " duplicates) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * The rows of a cohort comparison as its workbook shows them (suppressed rows keep no number), and per
     * cohort the survival steps, promotions and score counts its charts draw.
     */
    void saveComparison(String programmeId, String cohortA, String cohortB, List<MetricRow> rows,
            List<CohortComparison.CohortDetails> details) {
        String period = settings.label();
        Object[] key = {period, programmeId, cohortA, cohortB};
        for (String table : List.of("report_comparison_step", "report_comparison_cohort", "report_comparison_value",
                "report_comparison")) {
            jdbc.update("delete from " + table + " where period = ? and programme_id = ? and cohort_a = ?"
                    + " and cohort_b = ?", key);
        }
        jdbc.update("insert into report_comparison (period, programme_id, cohort_a, cohort_b, programme_name,"
                + " anonymity_threshold) values (?, ?, ?, ?, ?, ?)", period, programmeId, cohortA, cohortB,
                programmeName(programmeId), settings.anonymityThreshold());
        List<Object[]> values = new ArrayList<>();
        for (MetricRow r : rows) {
            boolean hidden = r.suppressed();
            values.add(new Object[] {period, programmeId, cohortA, cohortB, values.size(), r.cohort(), r.metric(),
                hidden ? null : r.value(), hidden ? null : r.n(), hidden ? null : r.ciLow(),
                hidden ? null : r.ciHigh(), hidden});
        }
        jdbc.batchUpdate("insert into report_comparison_value (period, programme_id, cohort_a, cohort_b, position,"
                + " cohort, metric, metric_value, n, ci_low, ci_high, suppressed)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        saveComparisonCohorts(key, details);
    }

    private void saveComparisonCohorts(Object[] key, List<CohortComparison.CohortDetails> details) {
        List<Object[]> cohorts = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        for (int c = 0; c < details.size(); c++) {
            CohortComparison.CohortDetails cohort = details.get(c);
            ReportDetails.Arm arm = cohort.mentees();
            List<Integer> counts = cohort.respondents() == null ? Collections.<Integer>nCopies(5, null)
                    : cohort.scores();
            cohorts.add(new Object[] {key[0], key[1], key[2], key[3], c, arm.name(), arm.subjects(),
                arm.followUpDays(), arm.promotions().personYears(), arm.promotions().events(),
                Numbers.orNull(arm.promotions().rate()), Numbers.orNull(arm.promotions().ciLow()),
                Numbers.orNull(arm.promotions().ciHigh()), cohort.respondents(), counts.get(0), counts.get(1),
                counts.get(2), counts.get(3), counts.get(4)});
            for (int s = 0; s < arm.steps().size(); s++) {
                KaplanMeier.Step step = arm.steps().get(s);
                steps.add(new Object[] {key[0], key[1], key[2], key[3], c, s, step.time(), step.survival()});
            }
        }
        jdbc.batchUpdate("insert into report_comparison_cohort (period, programme_id, cohort_a, cohort_b, position,"
                + " cohort, subjects, follow_up_days, person_years, promotions, promotion_rate, promotion_ci_low,"
                + " promotion_ci_high, respondents, score_1, score_2, score_3, score_4, score_5)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cohorts);
        jdbc.batchUpdate("insert into report_comparison_step (period, programme_id, cohort_a, cohort_b,"
                + " cohort_position, position, follow_up_day, survival) values (?, ?, ?, ?, ?, ?, ?, ?)", steps);
    }

    private void deleteProgramme(String period, String programmeId) {
        for (String table : PER_PROGRAMME) {
            jdbc.update("delete from " + table + " where period = ? and programme_id = ?", period, programmeId);
        }
    }

    private void saveHeader(String period, String programmeId, String name, boolean bridgesEstimated) {
        List<String> formats = jdbc.queryForList("select format from programme where programme_id = ?", String.class,
                programmeId);
        jdbc.update("insert into report_programme (period, programme_id, programme_name, anonymity_threshold,"
                + " comment_threshold, bridges_estimated, programme_format) values (?, ?, ?, ?, ?, ?, ?)", period,
                programmeId, name, settings.anonymityThreshold(), settings.commentThreshold(), bridgesEstimated,
                formats.isEmpty() ? null : formats.get(0));
    }

    private void saveTies(String period, String programmeId, List<DepartmentTies> ties) {
        List<Object[]> rows = new ArrayList<>();
        for (DepartmentTies t : ties) {
            rows.add(new Object[] {period, programmeId, rows.size(), t.departmentA(), t.departmentB(), t.ties()});
        }
        jdbc.batchUpdate("insert into report_department_tie (period, programme_id, position, department_a,"
                + " department_b, ties) values (?, ?, ?, ?, ?, ?)", rows);
    }

    private String programmeName(String programmeId) {
        List<String> names = jdbc.queryForList("select name from programme where programme_id = ?", String.class,
                programmeId);
        return names.isEmpty() ? programmeId : names.get(0);
    }
}
