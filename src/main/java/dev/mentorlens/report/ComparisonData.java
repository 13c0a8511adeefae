package dev.mentorlens.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.mentorlens.ingest.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The comparison of two cohorts as written to the comparison CSV: the figures of A, of B, and the three
 * tests under {@code <A>-vs-<B>}. Cohort names in that file went through {@link SpreadsheetText#safe}.
 */
record ComparisonData(String programmeId, String programmeName, String period, String cohortA, String cohortB,
        int anonymityThreshold, Map<String, Figure> a, Map<String, Figure> b, Map<String, Figure> tests) {

    static ComparisonData read(Path csv, String programmeName, String cohortA, String cohortB, int k) {
        Map<String, Figure> a = new LinkedHashMap<>();
        Map<String, Figure> b = new LinkedHashMap<>();
        Map<String, Figure> tests = new LinkedHashMap<>();
        String programmeId = null;
        String period = null;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                period = row.get("period");
                programmeId = row.get("programme_id");
                String cohort = row.get("cohort");
                Figure figure = new Figure(number(row.get("value")), count(row.get("n")), number(row.get("ci_low")),
                        number(row.get("ci_high")), Boolean.parseBoolean(row.get("suppressed")));
                if (cohort.equals(SpreadsheetText.safe(cohortA))) {
                    a.put(row.get("metric"), figure);
                } else if (cohort.equals(SpreadsheetText.safe(cohortB))) {
                    b.put(row.get("metric"), figure);
                } else {
                    tests.put(row.get("metric"), figure);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + csv + ": " + e.getMessage(), e);
        }
        return new ComparisonData(programmeId, programmeName, period, cohortA, cohortB, k, a, b, tests);
    }

    private static Double number(String text) {
        return text == null || text.isEmpty() ? null : Double.valueOf(text);
    }

    private static Long count(String text) {
        return text == null || text.isEmpty() ? null : Long.valueOf(text);
    }
}
