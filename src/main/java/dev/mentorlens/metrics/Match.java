package dev.mentorlens.metrics;

import java.time.LocalDate;

/** An accepted match of a programme. */
record Match(String matchId, String cohort, String mentorId, String menteeId, LocalDate matchedOn,
        LocalDate endedOn) {

    boolean activeAt(LocalDate day) {
        return !matchedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }
}
