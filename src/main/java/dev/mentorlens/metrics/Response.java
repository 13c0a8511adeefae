package dev.mentorlens.metrics;

import java.time.LocalDate;

/**
 * A survey response: the instant decides which is a respondent's latest, the date gives its cohort.
 *
 * @param comment free text, {@code null} when absent
 */
record Response(String responseId, String respondentId, String role, long submittedEpochMs, LocalDate submittedDate,
        int satisfaction, Integer nps, String comment) {
}
