package dev.mentorlens.metrics;

import java.util.List;

/** Finds one metric's row among the rows of a group, for the section 6 tests. */
final class HealthRows {

    private final List<MetricRow> rows;

    HealthRows(List<MetricRow> rows) {
        this.rows = rows;
    }

    MetricRow get(String metric) {
        return rows.stream().filter(r -> r.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + metric + " in " + rows));
    }

    Double value(String metric) {
        return get(metric).value();
    }

    Long n(String metric) {
        return get(metric).n();
    }
}
