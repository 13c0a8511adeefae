package dev.mentorlens.metrics;

import java.time.LocalDate;

/** An accepted enrolment of a programme. */
record Enrolment(String cohort, String employeeId, String role, LocalDate enrolledOn, LocalDate exitedOn) {

    static final String MENTOR = "mentor";
    static final String MENTEE = "mentee";

    boolean activeAt(LocalDate day) {
        return !enrolledOn.isAfter(day) && (exitedOn == null || exitedOn.isAfter(day));
    }
}
