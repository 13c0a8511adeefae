package dev.mentorlens.batch;

import java.time.YearMonth;

import dev.mentorlens.metrics.MetricsSettings;

/** Job parameter names of the monthly report job; the comparison job names its settings alike. */
public final class MonthlyParameters {

    public static final String JOB_NAME = "monthlyReportJob";

    /** Identifying: the reporting month, {@code YYYY-MM}. */
    public static final String PERIOD = "period";
    /** Identifying: one programme id, or {@link #ALL_PROGRAMMES}. */
    public static final String PROGRAMME = "programme";
    /** Identifying: 0 for the first run of a period, then 1, 2, ... for each deliberate rerun. */
    public static final String RERUN = "rerun";
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    /** The reporting time zone: timestamps become dates in this zone. */
    public static final String ZONE = "zone";
    public static final String MAX_REJECT_RATIO = "maxRejectRatio";
    public static final String ANONYMITY_THRESHOLD = "anonymityThreshold";
    public static final String COMMENT_THRESHOLD = "commentThreshold";
    public static final String SURVEY_WINDOW_MONTHS = "surveyWindowMonths";
    /** Attribute names (location or employees.csv attribute columns) separated by commas; empty = none. */
    public static final String BREAKDOWNS = "breakdowns";
    /**
     * {@code true} to compute the results even when an earlier run of the period published them from the
     * same inputs and settings; absent or {@code false}, such a run takes them over.
     */
    public static final String RECOMPUTE = "recompute";

    public static final String ALL_PROGRAMMES = "ALL";

    private MonthlyParameters() {
    }

    /** The metrics settings of a run from its parameter values; absent knobs take the defaults 5, 10 and 3. */
    static MetricsSettings metricsSettings(String period, Long anonymityThreshold, Long commentThreshold,
            Long surveyWindowMonths) {
        return new MetricsSettings(YearMonth.parse(period), orDefault(anonymityThreshold, 5),
                orDefault(commentThreshold, 10), orDefault(surveyWindowMonths, 3));
    }

    private static int orDefault(Long value, int fallback) {
        return value == null ? fallback : value.intValue();
    }
}
