package dev.mentorlens.metrics;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Job parameter names of the cohort comparison job. Identifying: programme, cohortA, cohortB,
 * period and run (a Long, so that a comparison can be run again); the others are not.
 */
public final class ComparisonParameters {

    public static final String JOB_NAME = "cohortComparisonJob";

    public static final String PROGRAMME = "programme";
    public static final String COHORT_A = "cohortA";
    public static final String COHORT_B = "cohortB";
    /** The reporting month, {@code YYYY-MM}. */
    public static final String PERIOD = "period";
    public static final String RUN = "run";

    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String ZONE = "zone";
    public static final String MAX_REJECT_RATIO = "maxRejectRatio";
    public static final String ANONYMITY_THRESHOLD = "anonymityThreshold";
    public static final String COMMENT_THRESHOLD = "commentThreshold";
    public static final String SURVEY_WINDOW_MONTHS = "surveyWindowMonths";

    private ComparisonParameters() {
    }

    /**
     * Where a comparison's files go, without extension: {@code <output>/compare/<programme>/<A>-vs-<B>-<period>}.
     * Refused when a programme or cohort name would lead outside the output folder.
     */
    public static Path fileBase(JobParameters parameters) {
        return OutputPaths.within(Path.of(parameters.getString(OUTPUT)), "compare", parameters.getString(PROGRAMME),
                CohortComparison.label(parameters.getString(COHORT_A), parameters.getString(COHORT_B)) + "-"
                        + parameters.getString(PERIOD));
    }
}
