package dev.mentorlens.batch;

/** The job parameters as step-scoped beans read them ({@code @Value} expressions). */
final class JobParameterValues {

    /** All of them, for a bean that needs many. */
    static final String JOB_PARAMETERS = "#{stepExecution.jobExecution.jobParameters}";
    static final String PERIOD = "#{jobParameters['" + MonthlyParameters.PERIOD + "']}";
    static final String PROGRAMME = "#{jobParameters['" + MonthlyParameters.PROGRAMME + "']}";
    static final String INPUT = "#{jobParameters['" + MonthlyParameters.INPUT + "']}";
    static final String OUTPUT = "#{jobParameters['" + MonthlyParameters.OUTPUT + "']}";
    static final String ZONE = "#{jobParameters['" + MonthlyParameters.ZONE + "']}";
    static final String MAX_REJECT_RATIO = "#{jobParameters['" + MonthlyParameters.MAX_REJECT_RATIO + "']}";
    static final String ANONYMITY = "#{jobParameters['" + MonthlyParameters.ANONYMITY_THRESHOLD + "']}";
    static final String COMMENTS = "#{jobParameters['" + MonthlyParameters.COMMENT_THRESHOLD + "']}";
    static final String WINDOW = "#{jobParameters['" + MonthlyParameters.SURVEY_WINDOW_MONTHS + "']}";
    static final String BREAKDOWNS = "#{jobParameters['" + MonthlyParameters.BREAKDOWNS + "']}";
    static final String COHORT_A = "#{jobParameters['" + ComparisonParameters.COHORT_A + "']}";
    /** The programmes of a partition, from its step execution context. */
    static final String PARTITION_PROGRAMMES = "#{stepExecutionContext['"
            + dev.mentorlens.partition.ProgrammePartitioner.PROGRAMMES + "']}";
    static final String COHORT_B = "#{jobParameters['" + ComparisonParameters.COHORT_B + "']}";

    private JobParameterValues() {
    }

    static double maxRejectRatio(String value) {
        return value == null ? 0.05 : Double.parseDouble(value);
    }
}
