package dev.mentorlens.batch;

import java.nio.file.Path;

import dev.mentorlens.metrics.CohortComparisonFile;
import dev.mentorlens.metrics.OutputPaths;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Job parameter names of the cohort comparison job. Identifying: programme, cohortA, cohortB,
 * period and run (a Long, so that a comparison can be run again); the paths and settings are not,
 * and are named as in {@link MonthlyParameters}.
 */
public final class ComparisonParameters {

    public static final String JOB_NAME = "cohortComparisonJob";

    public static final String PROGRAMME = "programme";
    public static final String COHORT_A = "cohortA";
    public static final String COHORT_B = "cohortB";
    /** The reporting month, {@code YYYY-MM}. */
    public static final String PERIOD = "period";
    public static final String RUN = "run";

    public static final String INPUT = MonthlyParameters.INPUT;
    public static final String OUTPUT = MonthlyParameters.OUTPUT;

    private ComparisonParameters() {
    }

    /**
     * Where a comparison's files go, without extension: {@code <output>/compare/<programme>/<A>-vs-<B>-<period>}.
     * Refused when a programme or cohort name would lead outside the output folder.
     */
    public static Path fileBase(JobParameters parameters) {
        return fileBase(parameters.getString(OUTPUT), parameters.getString(PROGRAMME), parameters.getString(COHORT_A),
                parameters.getString(COHORT_B), parameters.getString(PERIOD));
    }

    public static Path fileBase(String output, String programme, String cohortA, String cohortB, String period) {
        return OutputPaths.within(Path.of(output), "compare", programme,
                CohortComparisonFile.baseName(cohortA, cohortB, period));
    }

    static Path withExtension(Path base, String extension) {
        return base.resolveSibling(base.getFileName() + extension);
    }
}
