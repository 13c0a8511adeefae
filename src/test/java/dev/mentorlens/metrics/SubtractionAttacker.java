package dev.mentorlens.metrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

/**
 * What an attacker can solve from published rows alone. Every group's respondent count n and the sum
 * of its answers (mean × n; nps × n / 100 for the sum of promoter +1 / detractor −1 scores) are
 * unknowns; a shown row fixes them, and the partitions add equations: ALL = cohorts + the no-cohort
 * remainder, a group's answers = its mentor's + its mentee's, and a comparison's Mann–Whitney n =
 * n(A) + n(B). A suppressed value is recovered when linear algebra pins down its n and, for a mean,
 * its sum: exactly the subtraction attacks of issue 9.
 */
final class SubtractionAttacker {

    private static final String ALL = "ALL";
    private static final String REMAINDER = "(no cohort)";
    private static final List<String> SUMMED = List.of("satisfaction_mean", "satisfaction_mean_mentor",
            "satisfaction_mean_mentee", "nps");

    private final LinearSystem system = new LinearSystem();
    private final Set<String> known = new LinkedHashSet<>();
    private final Set<String> cohorts = new LinkedHashSet<>();
    private final Map<String, CSVRecord> rows;

    /** @param metrics the rows of one programme's metrics.csv, by (programme|cohort|metric) */
    SubtractionAttacker(Map<String, CSVRecord> metrics) {
        this.rows = metrics;
        metrics.values().forEach(r -> {
            if (!r.get("cohort").equals(ALL)) {
                cohorts.add(r.get("cohort"));
            }
        });
        for (String metric : List.of("respondents", "satisfaction_mean", "satisfaction_mean_mentor",
                "satisfaction_mean_mentee", "nps")) {
            partition(metric);
        }
        for (String group : groups()) {
            // the mentor and mentee answers make up the group's answers
            equation(1, n(group, "satisfaction_mean"), -1, n(group, "satisfaction_mean_mentor"), -1,
                    n(group, "satisfaction_mean_mentee"));
            equation(1, sum(group, "satisfaction_mean"), -1, sum(group, "satisfaction_mean_mentor"), -1,
                    sum(group, "satisfaction_mean_mentee"));
            equation(1, n(group, "satisfaction_mean"), -1, n(group, "respondents"));
        }
        metrics.values().forEach(this::learn);
        noRemainderWhenItsCountIsZero();
    }

    /** A remainder of no one has no answers: every count and sum of it is 0 (a fact linear algebra cannot see). */
    private void noRemainderWhenItsCountIsZero() {
        int count = n(REMAINDER, "respondents");
        if (determined(count) && isZero(count)) {
            system.variablesStartingWith(REMAINDER + "|").forEach(v -> equation(1, v));
        }
    }

    /** Adds a comparison file's Mann–Whitney n, when it is published, as n(A) + n(B). */
    void learnComparison(String cohortA, String cohortB, List<CSVRecord> comparison) {
        for (CSVRecord row : comparison) {
            if (row.get("metric").equals("satisfaction_mannwhitney_p") && !row.get("n").isEmpty()) {
                equation(1, n(cohortA, "respondents"), 1, n(cohortB, "respondents"),
                        -Double.parseDouble(row.get("n")), null);
            }
        }
        noRemainderWhenItsCountIsZero();
    }

    /** The suppressed rows whose value the published rows give away, as {@code cohort|metric}. */
    List<String> recoveredSuppressedValues() {
        List<String> recovered = new ArrayList<>();
        for (CSVRecord row : rows.values()) {
            String metric = row.get("metric");
            if (!row.get("suppressed").equals("true") || !(metric.equals("respondents") || SUMMED.contains(metric))) {
                continue;
            }
            String group = row.get("cohort");
            boolean countKnown = determined(n(group, metric)) && !isZero(n(group, metric));
            if (countKnown && (metric.equals("respondents") || determined(sum(group, metric)))) {
                recovered.add(group + "|" + metric);
            }
        }
        return recovered;
    }

    /** ALL = its cohorts + the no-cohort remainder, for the counts and the sums of one metric. */
    private void partition(String metric) {
        for (String kind : List.of("n", "sum")) {
            if (kind.equals("sum") && metric.equals("respondents")) {
                continue;
            }
            List<Object> terms = new ArrayList<>(List.of(1, variable(ALL, metric, kind)));
            for (String cohort : cohorts) {
                terms.addAll(List.of(-1, variable(cohort, metric, kind)));
            }
            terms.addAll(List.of(-1, variable(REMAINDER, metric, kind)));
            equation(terms.toArray());
        }
    }

    private void learn(CSVRecord row) {
        String metric = row.get("metric");
        String group = row.get("cohort");
        if (row.get("suppressed").equals("true") || !(metric.equals("respondents") || SUMMED.contains(metric))) {
            return;
        }
        if (metric.equals("respondents")) {
            equation(1, n(group, metric), -Double.parseDouble(row.get("value")), null);
            return;
        }
        double n = Double.parseDouble(row.get("n"));
        equation(1, n(group, metric), -n, null);
        if (!row.get("value").isEmpty()) {
            double value = Double.parseDouble(row.get("value"));
            equation(1, sum(group, metric), -(metric.equals("nps") ? value * n / 100 : value * n), null);
        }
    }

    private List<String> groups() {
        List<String> groups = new ArrayList<>(List.of(ALL));
        groups.addAll(cohorts);
        groups.add(REMAINDER);
        return groups;
    }

    private int n(String group, String metric) {
        return variable(group, metric, "n");
    }

    private int sum(String group, String metric) {
        return variable(group, metric, "sum");
    }

    private int variable(String group, String metric, String kind) {
        return system.variable(group + "|" + metric + "|" + kind);
    }

    private void equation(Object... terms) {
        system.equation(terms);
    }

    private boolean determined(int variable) {
        return system.determined(variable);
    }

    private boolean isZero(int variable) {
        return system.value(variable) == 0;
    }
}
