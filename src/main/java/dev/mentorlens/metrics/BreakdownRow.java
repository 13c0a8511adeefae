package dev.mentorlens.metrics;

/** One line of {@code breakdowns.csv}: a metric over the programme's mentees with one attribute value. */
record BreakdownRow(String period, String programmeId, String attribute, String attributeValue, String metric,
        Double value, Long n, Double ciLow, Double ciHigh, boolean suppressed) {

    BreakdownRow hidden() {
        return new BreakdownRow(period, programmeId, attribute, attributeValue, metric, null, null, null, null, true);
    }
}
