package dev.mentorlens.report;

/** A stored metric value (a row of metric_value); {@code value} is null when empty or suppressed. */
record Figure(Double value, Long n, Double ciLow, Double ciHigh, boolean suppressed) {

    Figure {
        if (suppressed) {
            value = null;
            n = null;
            ciLow = null;
            ciHigh = null;
        }
    }
}
