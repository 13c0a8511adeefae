package dev.mentorlens.ops;

import dev.mentorlens.ingest.IngestParameters;
import dev.mentorlens.monthly.MonthlyParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** What a user asks of the monthly job: the period (and programme) with the paths and settings to use. */
public record MonthlyRequest(String period, String programme, String input, String output, String zone,
        double maxRejectRatio, int anonymityThreshold, int commentThreshold, int surveyWindowMonths,
        String breakdowns) {

    /** The non-identifying parameters: paths and settings, named alike in every job. */
    JobParametersBuilder settingsParameters() {
        return new JobParametersBuilder()
                .addString(IngestParameters.INPUT, input, false)
                .addString(MonthlyParameters.OUTPUT, output, false)
                .addString(IngestParameters.ZONE, zone, false)
                .addString(IngestParameters.MAX_REJECT_RATIO, Double.toString(maxRejectRatio), false)
                .addLong(MonthlyParameters.ANONYMITY_THRESHOLD, (long) anonymityThreshold, false)
                .addLong(MonthlyParameters.COMMENT_THRESHOLD, (long) commentThreshold, false)
                .addLong(MonthlyParameters.SURVEY_WINDOW_MONTHS, (long) surveyWindowMonths, false)
                .addString(MonthlyParameters.BREAKDOWNS, breakdowns, false);
    }
}
