package dev.mentorlens.metrics;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Compares a written metrics CSV with an expected one by the rules of the golden README: rows
 * match on (programme_id, cohort, metric); values within max(1e-6·|expected|, 1.000001e-6), CIs and
 * p-values within 1e-4, empty only against empty, n and suppressed equal.
 */
final class GoldenComparison {

    private static final Set<String> P_VALUES = Set.of("retention_logrank_p", "satisfaction_mannwhitney_p");

    int matched;
    int total;
    final List<String> mismatches = new ArrayList<>();

    void compare(Path expectedFile, Path actualFile) throws IOException {
        Map<String, CSVRecord> actual = read(actualFile);
        for (CSVRecord expected : read(expectedFile).values()) {
            total++;
            String key = key(expected);
            CSVRecord row = actual.get(key);
            String problem = row == null ? "missing" : difference(expected, row);
            if (problem == null) {
                matched++;
            } else {
                mismatches.add(expectedFile.getParent().getFileName() + "/" + expectedFile.getFileName() + " " + key
                        + ": " + problem + " expected " + expected.values().length + " " + String.join(",",
                                expected.values()) + (row == null ? "" : " got " + String.join(",", row.values())));
            }
        }
    }

    private static String difference(CSVRecord expected, CSVRecord actual) {
        boolean pValue = P_VALUES.contains(expected.get("metric"));
        double valueTolerance = pValue ? 1e-4 : Math.max(1e-6 * Math.abs(parse(expected.get("value"))), 1.000001e-6);
        if (!close(expected.get("value"), actual.get("value"), valueTolerance)) {
            return "value";
        }
        if (!close(expected.get("ci_low"), actual.get("ci_low"), 1e-4)
                || !close(expected.get("ci_high"), actual.get("ci_high"), 1e-4)) {
            return "ci";
        }
        if (!expected.get("n").equals(actual.get("n"))) {
            return "n";
        }
        if (!expected.get("suppressed").equals(actual.get("suppressed"))) {
            return "suppressed";
        }
        return null;
    }

    private static boolean close(String expected, String actual, double tolerance) {
        if (expected.isEmpty() || actual.isEmpty()) {
            return expected.isEmpty() && actual.isEmpty();
        }
        return Math.abs(parse(expected) - parse(actual)) <= tolerance;
    }

    private static double parse(String text) {
        return text.isEmpty() ? 0 : Double.parseDouble(text);
    }

    private static String key(CSVRecord r) {
        return r.get("programme_id") + "|" + r.get("cohort") + "|" + r.get("metric");
    }

    static Map<String, CSVRecord> read(Path file) throws IOException {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                rows.put(key(r), r);
            }
        }
        return rows;
    }

    /** Lines of the CSV after the header, in file order. */
    static List<List<String>> records(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                rows.add(List.of(r.values()));
            }
        }
        return rows;
    }

    @Override
    public String toString() {
        return matched + "/" + total + (mismatches.isEmpty() ? "" : "\n" + String.join("\n", mismatches));
    }

}
