package dev.mentorlens.metrics;

import java.time.LocalDate;

/** A survey response: the instant decides which is a respondent's latest, the date gives its cohort. */
record Response(String responseId, String respondentId, String role, long submittedEpochMs, LocalDate submittedDate,
        int satisfaction, Integer nps) {
}
