package dev.mentorlens.runs;

/** A comparison of two cohorts of a programme for a period, with the paths and settings to use. */
public record CompareRequest(String programme, String cohortA, String cohortB, MonthlyRequest settings) {
}
