package dev.mentorlens.runs;

import dev.mentorlens.batch.ComparisonParameters;
import org.springframework.batch.core.job.parameters.JobParameters;

/** A comparison of two cohorts of a programme for a period, with the paths and settings to use. */
public record CompareRequest(String programme, String cohortA, String cohortB, MonthlyRequest settings) {

    JobParameters jobParameters(long run) {
        return settings.settingsParameters()
                .addString(ComparisonParameters.PROGRAMME, programme)
                .addString(ComparisonParameters.COHORT_A, cohortA)
                .addString(ComparisonParameters.COHORT_B, cohortB)
                .addString(ComparisonParameters.PERIOD, settings.period())
                .addLong(ComparisonParameters.RUN, run)
                .toJobParameters();
    }
}
