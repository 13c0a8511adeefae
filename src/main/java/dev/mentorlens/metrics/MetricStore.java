package dev.mentorlens.metrics;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.ingest.SourceCounts;
import dev.mentorlens.network.Bridge;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the metrics of a period in the database, with everything the workbooks show (so the report
 * step reads stored results only). Saving a programme's results first deletes what an earlier run
 * stored for the same period and programme, so reruns replace rather than add.
 */
final class MetricStore {

    /** The health state of a stored pair (column dormant_pair.health_state). */
    static final String DORMANT = "dormant";
    static final String NEEDS_CHECK_IN = "needs_check_in";

    private final JdbcTemplate jdbc;
    private final ReportDataStore reportData;

    MetricStore(JdbcTemplate jdbc, MetricsSettings settings) {
        this.jdbc = jdbc;
        this.reportData = new ReportDataStore(jdbc, settings);
    }

    void save(String period, ProgrammeReport report) {
        String id = report.programme().programmeId();
        saveRows(period, id, report.rows());
        jdbc.update("delete from metric_trend where period = ? and programme_id = ?", period, id);
        List<Object[]> trends = new ArrayList<>();
        for (TrendValue t : report.trends()) {
            trends.add(new Object[] {period, id, t.cohort(), t.month().toString(), t.metric(), t.value(), t.n()});
        }
        jdbc.batchUpdate("insert into metric_trend (period, programme_id, cohort, trend_month, metric, metric_value, n)"
                + " values (?, ?, ?, ?, ?, ?, ?)", trends);
        jdbc.update("delete from dormant_pair where period = ? and programme_id = ?", period, id);
        List<Object[]> pairs = new ArrayList<>();
        for (DormantPair p : report.dormantPairs()) {
            pairs.add(pair(period, id, p, DORMANT));
        }
        for (DormantPair p : report.checkInPairs()) {
            pairs.add(pair(period, id, p, NEEDS_CHECK_IN));
        }
        jdbc.batchUpdate("insert into dormant_pair (period, programme_id, match_id, cohort, mentor_id, mentee_id,"
                + " last_held, health_state) values (?, ?, ?, ?, ?, ?, ?, ?)", pairs);
        describeDormantPairs(period, id);
        saveBridges(period, id, report.bridges());
        reportData.saveProgramme(period, report);
    }

    /** Cohort ALL's measures of the month before, as this run computed them (see MetricsEngine#lastMonth). */
    void saveLastMonth(String period, String programmeId, List<MetricRow> rows) {
        jdbc.update("delete from metric_last_month where period = ? and programme_id = ?", period, programmeId);
        List<Object[]> values = new ArrayList<>();
        for (MetricRow r : rows) {
            values.add(new Object[] {period, programmeId, r.metric(), values.size(), r.value(), r.n(), r.ciLow(),
                r.ciHigh(), r.suppressed()});
        }
        jdbc.batchUpdate("insert into metric_last_month (period, programme_id, metric, position, metric_value, n,"
                + " ci_low, ci_high, suppressed) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
    }

    private static Object[] pair(String period, String programmeId, DormantPair p, String state) {
        return new Object[] {period, programmeId, p.matchId(), p.cohort(), p.mentorId(), p.menteeId(),
            p.lastHeld() == null ? null : Date.valueOf(p.lastHeld()), state};
    }

    void saveOrganisation(String period, NetworkMetrics network) {
        saveRows(period, Groups.ALL, network.rows());
        saveBridges(period, Groups.ALL, network.bridges());
        reportData.saveOrganisation(period, network);
    }

    /** A programme's breakdowns, for its workbook; call after {@link #save}, which clears the earlier ones. */
    void saveBreakdowns(String period, String programmeId, List<BreakdownRow> rows) {
        reportData.saveBreakdowns(period, programmeId, rows);
    }

    /** What the ingest of this run read, accepted and rejected per source, for the Data quality sheets. */
    void saveSources(String period, List<SourceCounts> sources) {
        reportData.saveSources(period, sources);
    }

    /** The rows of a cohort comparison and what its charts draw, for its workbook. */
    void saveComparison(String programmeId, String cohortA, String cohortB, List<MetricRow> rows,
            List<CohortComparison.CohortDetails> details) {
        reportData.saveComparison(programmeId, cohortA, cohortB, rows, details);
    }

    private void saveRows(String period, String programmeId, List<MetricRow> rows) {
        jdbc.update("delete from metric_value where period = ? and programme_id = ?", period, programmeId);
        List<Object[]> values = new ArrayList<>();
        int position = 0;
        for (MetricRow r : rows) {
            values.add(new Object[] {period, programmeId, r.cohort(), r.metric(), position++, r.value(), r.n(),
                r.ciLow(), r.ciHigh(), r.suppressed()});
        }
        jdbc.batchUpdate("insert into metric_value (period, programme_id, cohort, metric, position, metric_value, n,"
                + " ci_low, ci_high, suppressed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
    }

    private void saveBridges(String period, String programmeId, List<Bridge> bridges) {
        jdbc.update("delete from network_bridge where period = ? and programme_id = ?", period, programmeId);
        List<Object[]> values = new ArrayList<>();
        int position = 1;
        for (Bridge b : bridges) {
            values.add(new Object[] {period, programmeId, position++, b.personId(), b.betweenness()});
        }
        jdbc.batchUpdate("insert into network_bridge (period, programme_id, position, employee_id, betweenness)"
                + " values (?, ?, ?, ?, ?)", values);
        String person = "network_bridge.employee_id";
        jdbc.update("update network_bridge set department = " + employee("department", person) + ", job_level = "
                + employee("job_level", person) + ", manager_id = " + employee("manager_id", person)
                + " where period = ? and programme_id = ?", period, programmeId);
    }

    /**
     * Copies into the stored dormant pairs when each was matched and the department, job level and manager
     * of both people, in the database (a list can be long), so the workbook can say whom to contact
     * without reading input tables.
     */
    private void describeDormantPairs(String period, String programmeId) {
        String mentor = "dormant_pair.mentor_id";
        String mentee = "dormant_pair.mentee_id";
        jdbc.update("update dormant_pair set matched_on = (select m.matched_on from mentoring_match m"
                + " where m.match_id = dormant_pair.match_id)"
                + ", mentor_department = " + employee("department", mentor)
                + ", mentor_job_level = " + employee("job_level", mentor)
                + ", mentor_manager_id = " + employee("manager_id", mentor)
                + ", mentee_department = " + employee("department", mentee)
                + ", mentee_job_level = " + employee("job_level", mentee)
                + ", mentee_manager_id = " + employee("manager_id", mentee)
                + " where period = ? and programme_id = ?", period, programmeId);
    }

    /** A column of the employee the given column of the updated row names. */
    private static String employee(String column, String idColumn) {
        return "(select e." + column + " from employee e where e.employee_id = " + idColumn + ")";
    }
}
