package dev.mentorlens.monthly;

/** Job parameter names of the monthly report job. */
public final class MonthlyParameters {

    public static final String JOB_NAME = "monthlyReportJob";

    /** Identifying: the reporting month, {@code YYYY-MM}. */
    public static final String PERIOD = "period";
    /** Identifying: one programme id, or {@link #ALL_PROGRAMMES}. */
    public static final String PROGRAMME = "programme";
    /** Identifying: 0 for the first run of a period, then 1, 2, ... for each deliberate rerun. */
    public static final String RERUN = "rerun";
    public static final String OUTPUT = "output";
    public static final String ANONYMITY_THRESHOLD = "anonymityThreshold";
    public static final String COMMENT_THRESHOLD = "commentThreshold";
    public static final String SURVEY_WINDOW_MONTHS = "surveyWindowMonths";
    /** Attribute names (location or employees.csv attribute columns) separated by commas; empty = none. */
    public static final String BREAKDOWNS = "breakdowns";

    public static final String ALL_PROGRAMMES = "ALL";

    private MonthlyParameters() {
    }
}
