package dev.mentorlens.ops;

/** What a user asks of the monthly job: the period (and programme) with the paths and settings to use. */
public record MonthlyRequest(String period, String programme, String input, String output, String zone,
        double maxRejectRatio, int anonymityThreshold, int commentThreshold, int surveyWindowMonths) {
}
