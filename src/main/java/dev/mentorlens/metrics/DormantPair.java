package dev.mentorlens.metrics;

import java.time.LocalDate;

/** An active match without a held session in the last two cadences; {@code lastHeld} null = never. */
record DormantPair(String matchId, String cohort, String mentorId, String menteeId, LocalDate lastHeld) {
}
