package dev.mentorlens.report;

import java.util.List;
import java.util.Map;

import dev.mentorlens.report.ReportRepository.BridgeRow;

/**
 * What the organisation workbook shows.
 *
 * @param programmes per programme (in order): its name, this month's and last month's figures of cohort ALL,
 *        and whether they were computed from earlier inputs than the run's (stale)
 * @param network the organisation-wide network figures
 * @param details the department ties of the organisation-wide network and whether its bridges were sampled
 */
record OrganisationData(String period, int anonymityThreshold, List<ProgrammeRow> programmes,
        Map<String, Figure> network, List<BridgeRow> bridges, Details details) {

    record ProgrammeRow(String programmeId, String name, Map<String, Figure> now, Map<String, Figure> lastMonth,
            boolean stale, ProgrammeFormat format) {

        ProgrammeRow(String programmeId, String name, Map<String, Figure> now, Map<String, Figure> lastMonth) {
            this(programmeId, name, now, lastMonth, false, ProgrammeFormat.PAIRS);
        }
    }
}
