package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance case of ../shared/golden-v2: for both periods and on both databases, the rejects
 * equal the expected rejects by (file, line) and the per-source counts equal rejects-summary.json,
 * for every source, the optional goals source included.
 */
class GoldenIngestIntegrationTests {

    static Stream<Arguments> periodsAndDatabases() {
        return TestDatabase.kinds().stream()
                .flatMap(kind -> Stream.of(Arguments.of(kind, "2026-10"), Arguments.of(kind, "2026-03")));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("periodsAndDatabases")
    void rejectsAndCountsMatchTheGoldenCase(String kind, String period, @TempDir Path output) throws IOException {
        TestDatabase db = TestDatabase.create(kind, "golden_ingest");
        Path expected = MentorLensCli.GOLDEN.resolve("expected").resolve(period);

        CommandResult result = MentorLensCli.run(db, "monthly", "--period", period, "--input",
                MentorLensCli.GOLDEN.resolve("input").toString(), "--output", output.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        for (Source source : Source.values()) {
            Path actualRejects = output.resolve(period).resolve("rejects").resolve(source.id() + ".csv");
            Path expectedRejects = expected.resolve("rejects").resolve(source.id() + ".csv");
            assertThat(fileAndLine(actualRejects)).as(source.id()).isEqualTo(fileAndLine(expectedRejects));
        }
        Map<String, int[]> expectedCounts = summaryCounts(expected.resolve("rejects-summary.json"));
        for (String source : expectedCounts.keySet()) {
            int[] c = expectedCounts.get(source);
            assertThat(result.out()).as(source).containsPattern(
                    "(?m)^" + source + "\\s+" + c[0] + "\\s+" + c[1] + "\\s+" + c[2] + "\\s+" + c[3] + "\\s");
        }
        assertThat(db.jdbc().queryForObject(
                "select sum(rows_read) - sum(accepted) - sum(rejected) - sum(duplicates) from ingest_file", Long.class))
                .isZero();
        assertEachSourceWasIngestedAfterThoseItIsCheckedAgainst(db);
    }

    /** The ingest steps may run side by side (IngestOrder), but never before a source they look rows up in. */
    private static void assertEachSourceWasIngestedAfterThoseItIsCheckedAgainst(TestDatabase db) {
        Map<String, java.time.LocalDateTime[]> times = new java.util.HashMap<>();
        db.jdbc().query("select step_name, start_time, end_time from batch_step_execution", rs -> {
            times.put(rs.getString(1), new java.time.LocalDateTime[] {rs.getTimestamp(2).toLocalDateTime(),
                rs.getTimestamp(3).toLocalDateTime()});
        });
        java.time.LocalDateTime checked = times.get("checkInputsStep")[0];
        for (Source source : Source.values()) {
            java.time.LocalDateTime[] step = times.get(dev.mentorlens.batch.IngestStepNames.of(source.id()));
            assertThat(step).as(source.id()).isNotNull();
            assertThat(step[1]).as(source.id() + " ends before the inputs are checked").isBeforeOrEqualTo(checked);
            for (Source reference : source.references()) {
                assertThat(step[0]).as(source.id() + " starts after " + reference.id())
                        .isAfterOrEqualTo(times.get(dev.mentorlens.batch.IngestStepNames.of(reference.id()))[1]);
            }
        }
    }

    static Set<String> fileAndLine(Path csv) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                keys.add(record.get("file") + ":" + record.get("line"));
            }
        }
        return keys;
    }

    /** read, accepted, rejected, duplicates per source, from the summary's "sources" object. */
    static Map<String, int[]> summaryCounts(Path json) throws IOException {
        String text = Files.readString(json);
        Map<String, int[]> counts = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("\"(\\w+)\": \\{\\s*\"read\": (\\d+),\\s*\"accepted\": (\\d+),\\s*"
                + "\"rejected\": (\\d+),\\s*\"duplicates\": (\\d+)").matcher(text);
        while (m.find()) {
            counts.put(m.group(1), new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))});
        }
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(
                List.of("programmes", "employees", "job_history", "enrolments", "matches", "sessions",
                        "survey_responses", "goals"));
        return counts;
    }
}
