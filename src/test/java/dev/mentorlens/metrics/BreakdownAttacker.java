package dev.mentorlens.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

/**
 * What an attacker can solve about a programme's breakdowns.csv from the published rows alone,
 * helped by the programme's metrics.csv. Per attribute, the values and the empty-valued remainder
 * partition the same mentees, so every attribute gives an equation per count; the totals are the
 * same for every attribute and, where metrics.csv shows them, known. Unknowns per cell: mentees,
 * matched and met mentees, and the mentee-role respondents and the sum of their scores. A
 * suppressed cell is given away when its count (or, for satisfaction, its count and sum) is fixed.
 */
final class BreakdownAttacker {

    private static final String REMAINDER = "(empty)";
    private static final String MENTEES = "mentees";
    private static final String MATCHED = "matched";
    private static final String MET = "met";
    private static final String RESPONDENTS = "respondents";
    private static final String SCORES = "scores";
    private static final List<String> COUNTS = List.of(MENTEES, MATCHED, MET, RESPONDENTS, SCORES);
    /** metrics.csv's ALL rows that give a total, by count. */
    private static final Map<String, String> TOTALS = Map.of(MENTEES, MetricNames.ENROLLED_MENTEES, MATCHED,
            MetricNames.MENTEES_MATCHED, MET, MetricNames.MENTEES_MET);

    private final LinearSystem system = new LinearSystem();
    private final List<CSVRecord> breakdowns;

    /**
     * @param breakdowns the rows of one programme's breakdowns.csv
     * @param metrics the rows of its metrics.csv, by (programme|cohort|metric)
     */
    BreakdownAttacker(List<CSVRecord> breakdowns, Map<String, CSVRecord> metrics) {
        this.breakdowns = breakdowns;
        Map<String, Set<String>> valuesByAttribute = new LinkedHashMap<>();
        breakdowns.forEach(r -> valuesByAttribute.computeIfAbsent(r.get("attribute"), a -> new LinkedHashSet<>())
                .add(r.get("attribute_value")));
        valuesByAttribute.forEach((attribute, values) -> {
            for (String count : COUNTS) {
                List<Object> terms = new ArrayList<>(List.of(-1, total(count)));
                for (String value : values) {
                    terms.addAll(List.of(1, cell(attribute, value, count)));
                }
                terms.addAll(List.of(1, cell(attribute, REMAINDER, count)));
                system.equation(terms.toArray());
            }
        });
        metrics.values().stream().filter(r -> r.get("cohort").equals("ALL") && r.get("suppressed").equals("false"))
                .forEach(r -> TOTALS.forEach((count, metric) -> {
                    if (r.get("metric").equals(metric) && !r.get("value").isEmpty()) {
                        system.equation(1, total(count), -Double.parseDouble(r.get("value")), null);
                    }
                }));
        breakdowns.stream().filter(r -> r.get("suppressed").equals("false")).forEach(this::learn);
    }

    /**
     * What an attacker who knows that every mentee has a value (a mandatory field, say) adds: the
     * remainders are empty.
     */
    BreakdownAttacker knowingEveryoneHasAValue() {
        for (String count : COUNTS) {
            breakdowns.stream().map(r -> r.get("attribute")).distinct()
                    .forEach(attribute -> system.equation(1, cell(attribute, REMAINDER, count)));
        }
        return this;
    }

    /**
     * What the workbook adds: the whole programme's mentees, matched and met mentees as its Health sheet
     * shows them (keys {@code mentees}, {@code matched}, {@code met}; a null value is not shown).
     */
    BreakdownAttacker knowingTotals(Map<String, Double> totals) {
        totals.forEach((count, value) -> {
            if (value != null) {
                system.equation(1, total(count), -value, null);
            }
        });
        return this;
    }

    /** The suppressed cells whose count the published rows give away, as {@code attribute=value|metric}. */
    List<String> recoveredSuppressedCells() {
        List<String> recovered = new ArrayList<>();
        for (CSVRecord row : breakdowns) {
            if (!row.get("suppressed").equals("true")) {
                continue;
            }
            String attribute = row.get("attribute");
            String value = row.get("attribute_value");
            boolean satisfaction = row.get("metric").equals(MetricNames.SATISFACTION_MEAN);
            int count = cell(attribute, value, satisfaction ? RESPONDENTS : MENTEES);
            if (system.determined(count) && system.value(count) != 0) {
                recovered.add(attribute + "=" + value + "|" + row.get("metric"));
            }
        }
        return recovered;
    }

    private void learn(CSVRecord row) {
        String attribute = row.get("attribute");
        String value = row.get("attribute_value");
        double n = Double.parseDouble(row.get("n"));
        String metric = row.get("metric");
        if (metric.equals(MetricNames.SATISFACTION_MEAN)) {
            system.equation(1, cell(attribute, value, RESPONDENTS), -n, null);
            if (!row.get("value").isEmpty()) {
                system.equation(1, cell(attribute, value, SCORES), -Double.parseDouble(row.get("value")) * n, null);
            }
            return;
        }
        // every other breakdown row has n = the cell's mentees
        system.equation(1, cell(attribute, value, MENTEES), -n, null);
        if (row.get("value").isEmpty()) {
            return;
        }
        double share = Double.parseDouble(row.get("value"));
        if (metric.equals(BreakdownMetrics.MATCHED_SHARE)) {
            system.equation(1, cell(attribute, value, MATCHED), -share * n, null);
        } else if (metric.equals(MetricNames.ACTIVATION_RATE)) {
            system.equation(1, cell(attribute, value, MET), -share * n, null);
        }
    }

    private int cell(String attribute, String value, String count) {
        return system.variable(attribute + "=" + value + "|" + count);
    }

    private int total(String count) {
        return system.variable("total|" + count);
    }
}
