package dev.mentorlens.schedule;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One job of {@code jobs/}, checked: when and what it runs, with which folders and settings, and who
 * hears of it.
 *
 * @param file the definition file it was read from
 * @param cron Spring's six-field cron expression (seconds first), read in {@code scheduleZone}
 * @param programmes the programme ids a monthly report runs, each as its own run; empty for all
 *     programmes in one run
 * @param comparisons the cohort pairs a cohort comparison runs; empty for a monthly report
 * @param templates the workbook template folder, or null for the default templates
 * @param recipients e-mail addresses per programme id ({@code ALL} for the organisation workbook)
 * @param alerts e-mail addresses told when a run of this job fails
 */
public record JobDefinition(Path file, String name, JobKind kind, String cron, ZoneId scheduleZone,
        PeriodRule period, Path input, Path output, List<String> programmes, List<Comparison> comparisons,
        JobSettings settings, Path templates, Map<String, List<String>> recipients, List<String> alerts) {

    /** Two cohorts of a programme to compare. */
    public record Comparison(String programme, String cohortA, String cohortB) {
    }

    /** The run settings of the job; those a file leaves out are the site's defaults. */
    public record JobSettings(String zone, double maxRejectRatio, int anonymityThreshold, int commentThreshold,
            int surveyWindowMonths, List<String> breakdowns) {
    }
}
