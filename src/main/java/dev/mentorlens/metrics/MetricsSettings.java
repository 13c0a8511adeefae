package dev.mentorlens.metrics;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The knobs of one metrics run; the workbooks use the same.
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

    /** The same knobs for the month before. */
    MetricsSettings previous() {
        return new MetricsSettings(period.minusMonths(1), anonymityThreshold, commentThreshold, surveyWindowMonths);
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
