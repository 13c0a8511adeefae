package dev.mentorlens.metrics;

import java.time.LocalDate;

/** The first and the latest held session of a match dated on or before D. */
record HeldDates(LocalDate first, LocalDate last) {
}
