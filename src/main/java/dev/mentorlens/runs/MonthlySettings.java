package dev.mentorlens.runs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of the monthly job, from {@code application.yml} and the job definition in {@code jobs/};
 * command-line flags override them per run.
 */
@ConfigurationProperties("mentorlens.monthly")
public record MonthlySettings(@DefaultValue("sample-data") String input, @DefaultValue("reports") String output,
        @DefaultValue("UTC") String zone, @DefaultValue("0.05") double maxRejectRatio,
        @DefaultValue("5") int anonymityThreshold, @DefaultValue("10") int commentThreshold,
        @DefaultValue("3") int surveyWindowMonths, @DefaultValue("") String breakdowns) {
}
