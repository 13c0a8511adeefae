package dev.mentorlens.metrics;

import java.time.LocalDate;
import java.time.YearMonth;

import dev.mentorlens.monthly.MonthlyParameters;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The knobs of one metrics run, read from the job parameters with their defaults (5, 10, 3); the
 * workbooks read them the same way.
 *
 * @param period the reporting month M
 * @param anonymityThreshold k: satisfaction values with n &lt; k are suppressed
 * @param commentThreshold respondents a group needs before its comments are shown
 * @param surveyWindowMonths months of responses ending at D that count
 */
public record MetricsSettings(YearMonth period, int anonymityThreshold, int commentThreshold, int surveyWindowMonths) {

    public MetricsSettings {
        if (anonymityThreshold < 1 || commentThreshold < 1 || surveyWindowMonths < 1) {
            throw new IllegalArgumentException(String.format(
                    "anonymityThreshold (%d), commentThreshold (%d) and surveyWindowMonths (%d) must be at least 1.",
                    anonymityThreshold, commentThreshold, surveyWindowMonths));
        }
    }

    public static MetricsSettings from(JobParameters parameters) {
        String period = parameters.getString(MonthlyParameters.PERIOD);
        if (period == null) {
            throw new IllegalArgumentException("Job parameter 'period' (YYYY-MM) is missing.");
        }
        return new MetricsSettings(YearMonth.parse(period),
                (int) longOr(parameters, MonthlyParameters.ANONYMITY_THRESHOLD, 5),
                (int) longOr(parameters, MonthlyParameters.COMMENT_THRESHOLD, 10),
                (int) longOr(parameters, MonthlyParameters.SURVEY_WINDOW_MONTHS, 3));
    }

    private static long longOr(JobParameters parameters, String name, long fallback) {
        Long value = parameters.getLong(name);
        return value == null ? fallback : value;
    }

    String label() {
        return period.toString();
    }

    LocalDate lastDay() {
        return period.atEndOfMonth();
    }

    LocalDate surveyWindowStart() {
        return period.minusMonths(surveyWindowMonths - 1L).atDay(1);
    }
}
