package dev.mentorlens.metrics;

import java.time.LocalDate;
import java.util.List;

/** An employee as the progression and retention metrics see them. */
record Employee(String employeeId, String department, LocalDate hireDate, LocalDate terminationDate,
        String terminationReason, List<LocalDate> promotions) {

    boolean employedAt(LocalDate day) {
        return !hireDate.isAfter(day) && (terminationDate == null || terminationDate.isAfter(day));
    }
}
