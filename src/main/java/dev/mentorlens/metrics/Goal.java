package dev.mentorlens.metrics;

import java.time.LocalDate;

/** An accepted goal, with the cohort of its match. */
record Goal(String cohort, LocalDate setOn, LocalDate dueOn, LocalDate achievedOn) {

    boolean achievedBy(LocalDate day) {
        return achievedOn != null && !achievedOn.isAfter(day);
    }
}
