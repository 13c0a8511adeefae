package dev.mentorlens.batch;

/** The names of the ingest steps, which the runs' views match with the counts of their sources. */
public final class IngestStepNames {

    private IngestStepNames() {
    }

    /** {@code ingest<Source>Step}: {@code survey_responses} gives {@code ingestSurveyResponsesStep}. */
    public static String of(String sourceId) {
        StringBuilder name = new StringBuilder("ingest");
        for (String part : sourceId.split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.append("Step").toString();
    }
}
