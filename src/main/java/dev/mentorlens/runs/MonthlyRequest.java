package dev.mentorlens.runs;

import dev.mentorlens.batch.MonthlyParameters;
import dev.mentorlens.batch.MonthlyParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** What a user asks of the monthly job: the period (and programme) with the paths and settings to use. */
public record MonthlyRequest(String period, String programme, String input, String output, String zone,
        double maxRejectRatio, int anonymityThreshold, int commentThreshold, int surveyWindowMonths) {

    /** The non-identifying parameters: paths and settings, named alike in every job. */
    JobParametersBuilder settingsParameters() {
        return new JobParametersBuilder()
                .addString(MonthlyParameters.INPUT, input, false)
                .addString(MonthlyParameters.OUTPUT, output, false)
                .addString(MonthlyParameters.ZONE, zone, false)
                .addString(MonthlyParameters.MAX_REJECT_RATIO, Double.toString(maxRejectRatio), false)
                .addLong(MonthlyParameters.ANONYMITY_THRESHOLD, (long) anonymityThreshold, false)
                .addLong(MonthlyParameters.COMMENT_THRESHOLD, (long) commentThreshold, false)
                .addLong(MonthlyParameters.SURVEY_WINDOW_MONTHS, (long) surveyWindowMonths, false);
    }
}
