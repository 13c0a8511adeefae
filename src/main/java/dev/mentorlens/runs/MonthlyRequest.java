package dev.mentorlens.runs;

import java.util.List;

import dev.mentorlens.batch.MonthlyParameters;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What a user asks of the monthly job: the period (and programme) with the folders (absolute) and
 * settings to use.
 *
 * @param recompute compute the results even when an earlier run published them from the same inputs and settings
 */
public record MonthlyRequest(String period, String programme, String input, String output, String zone,
        double maxRejectRatio, int anonymityThreshold, int commentThreshold, int surveyWindowMonths,
        String breakdowns, boolean recompute) {

    /** A request that takes over results an earlier run published from the same inputs and settings. */
    public MonthlyRequest(String period, String programme, String input, String output, String zone,
            double maxRejectRatio, int anonymityThreshold, int commentThreshold, int surveyWindowMonths,
            String breakdowns) {
        this(period, programme, input, output, zone, maxRejectRatio, anonymityThreshold, commentThreshold,
                surveyWindowMonths, breakdowns, false);
    }

    /** The non-identifying parameters: paths and settings, named alike in every job. */
    JobParametersBuilder settingsParameters() {
        return new JobParametersBuilder()
                .addString(MonthlyParameters.INPUT, input, false)
                .addString(MonthlyParameters.OUTPUT, output, false)
                .addString(MonthlyParameters.ZONE, zone, false)
                .addString(MonthlyParameters.MAX_REJECT_RATIO, Double.toString(maxRejectRatio), false)
                .addLong(MonthlyParameters.ANONYMITY_THRESHOLD, (long) anonymityThreshold, false)
                .addLong(MonthlyParameters.COMMENT_THRESHOLD, (long) commentThreshold, false)
                .addLong(MonthlyParameters.SURVEY_WINDOW_MONTHS, (long) surveyWindowMonths, false)
                .addString(MonthlyParameters.BREAKDOWNS, breakdowns, false);
    }

    JobParameters jobParameters(long rerun) {
        return settingsParameters()
                .addString(MonthlyParameters.RECOMPUTE, Boolean.toString(recompute), false)
                .addString(MonthlyParameters.PERIOD, period)
                .addString(MonthlyParameters.PROGRAMME, programme)
                .addLong(MonthlyParameters.RERUN, rerun)
                .toJobParameters();
    }

    /** The database resources a monthly run holds: the ingest tables and the period it publishes. */
    List<String> resources() {
        return List.of(RunLocks.INGEST_TABLES, RunLocks.publishing(period, programme));
    }
}
