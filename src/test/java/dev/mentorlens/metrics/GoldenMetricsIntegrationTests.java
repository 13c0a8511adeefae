package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.mentorlens.batch.ComparisonParameters;
import dev.mentorlens.MentorLensApplication;
import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden conformance (golden-v2) on H2 and PostgreSQL: {@code monthly} on {@code golden-v2/input} gives
 * every expected row of {@code expected/<period>/<programme>/metrics.csv} and {@code ALL/metrics.csv}
 * (golden README tolerances, same row order) and the dormant pairs and bridges of {@code lists.json};
 * the comparison job gives every file of {@code expected/compare} for the period.
 *
 * {@code expected/2026-10/<programme>/breakdowns.csv} (breakdowns by gender and generation) is
 * compared row by row with the same tolerances, n included.
 */
class GoldenMetricsIntegrationTests {

    static final Path GOLDEN = MentorLensCli.GOLDEN;
    static final List<String> FOLDERS = List.of("career-mentoring", "reverse-mentoring", "women-in-tech-circles",
            "ALL");

    static Stream<Arguments> periodsAndDatabases() {
        return TestDatabase.kinds().stream()
                .flatMap(kind -> Stream.of(Arguments.of(kind, "2026-10"), Arguments.of(kind, "2026-03")));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("periodsAndDatabases")
    void metricsListsAndComparisonsMatchTheGoldenCase(String kind, String period, @TempDir Path output)
            throws Exception {
        TestDatabase db = TestDatabase.create(kind, "golden_metrics");

        // the golden case has breakdowns by gender and generation for 2026-10 only (its README)
        boolean breakdowns = period.equals("2026-10");
        CommandResult result = MentorLensCli.run(db, "monthly", "--period", period, "--input",
                GOLDEN.resolve("input").toString(), "--output", output.toString(), "--breakdowns",
                breakdowns ? "gender,generation" : "");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path expected = GOLDEN.resolve("expected").resolve(period);
        Path published = output.resolve(period);
        assertBreakdowns(breakdowns, expected, published, output.resolve("breakdown-rows"));
        GoldenComparison metrics = new GoldenComparison();
        for (String folder : FOLDERS) {
            Path expectedFile = expected.resolve(folder).resolve("metrics.csv");
            Path actualFile = published.resolve(folder).resolve("metrics.csv");
            metrics.compare(expectedFile, actualFile);
        }
        System.out.println("GOLDEN " + kind + " " + period + " metrics rows matched: " + metrics);
        assertThat(metrics.mismatches).isEmpty();
        for (String folder : FOLDERS) {
            assertThat(GoldenComparison.read(published.resolve(folder).resolve("metrics.csv")).keySet())
                    .as("row order of " + folder)
                    .containsExactlyElementsOf(GoldenComparison.read(expected.resolve(folder).resolve("metrics.csv")).keySet());
        }
        assertDormantPairs(expected, published);
        assertCommentsOnlyOfGroupsReachingTheThreshold(published);

        GoldenComparison comparisons = compareAll(db, period, output);
        System.out.println("GOLDEN " + kind + " " + period + " compare rows matched: " + comparisons);
        assertThat(comparisons.total).isPositive();
        assertThat(comparisons.mismatches).isEmpty();
    }

    private static void assertDormantPairs(Path expected, Path published) throws IOException {
        JsonNode lists = JsonMapper.builder().build().readTree(expected.resolve("lists.json").toFile());
        for (String programme : FOLDERS.subList(0, 3)) {
            Set<List<String>> expectedPairs = new HashSet<>();
            for (JsonNode pair : lists.get(programme).get("dormant_pairs")) {
                expectedPairs.add(List.of(pair.get("match_id").asString(), pair.get("mentor").asString(),
                        pair.get("mentee").asString(), pair.get("last_held").asString()));
            }
            Set<List<String>> actualPairs = new HashSet<>();
            for (List<String> row : GoldenComparison.records(published.resolve(programme).resolve("dormant-pairs.csv"))) {
                actualPairs.add(List.of(row.get(0), row.get(2), row.get(3), row.get(4)));
            }
            assertThat(actualPairs).as("dormant pairs of " + programme).isEqualTo(expectedPairs);
        }
        for (String folder : FOLDERS) {
            // Which of several people with equal betweenness make the top 5 is informative only: compare the values.
            List<Double> expectedValues = new ArrayList<>();
            for (JsonNode bridge : lists.get(folder).get("bridges")) {
                expectedValues.add(bridge.get("betweenness").asDouble());
            }
            List<Double> actualValues = GoldenComparison.records(published.resolve(folder).resolve("bridges.csv"))
                    .stream().map(row -> Double.parseDouble(row.get(2))).toList();
            assertThat(actualValues).as("top betweenness of " + folder).hasSameSizeAs(expectedValues);
            for (int i = 0; i < expectedValues.size(); i++) {
                assertThat(actualValues.get(i)).as("betweenness #" + (i + 1) + " of " + folder)
                        .isCloseTo(expectedValues.get(i), offset(1e-6));
            }
        }
    }

    private static void assertCommentsOnlyOfGroupsReachingTheThreshold(Path published) throws IOException {
        int shown = 0;
        for (String programme : FOLDERS.subList(0, 3)) {
            var metrics = GoldenComparison.read(published.resolve(programme).resolve("metrics.csv"));
            for (List<String> comment : GoldenComparison.records(published.resolve(programme).resolve("comments.csv"))) {
                String respondents = metrics.get(programme + "|" + comment.get(0) + "|respondents").get("value");
                assertThat(Integer.parseInt(respondents)).as("respondents of " + comment.get(0)).isGreaterThanOrEqualTo(10);
                assertThat(comment.get(1)).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@");
                shown++;
            }
        }
        assertThat(shown).isPositive();
    }

    private static GoldenComparison compareAll(TestDatabase db, String period, Path output) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(GOLDEN.resolve("expected").resolve("compare"))) {
            files = walk.filter(f -> f.getFileName().toString().endsWith("-" + period + ".csv")).sorted().toList();
        }
        GoldenComparison comparison = new GoldenComparison();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MentorLensApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(db.springArgs().toArray(String[]::new))) {
            JobOperator operator = context.getBean(JobOperator.class);
            Job job = context.getBean(ComparisonParameters.JOB_NAME, Job.class);
            for (Path expected : files) {
                String programme = expected.getParent().getFileName().toString();
                String name = expected.getFileName().toString();
                List<List<String>> rows = GoldenComparison.records(expected);
                String cohortA = rows.get(0).get(2);
                String label = rows.get(rows.size() - 1).get(2);
                String cohortB = label.substring(cohortA.length() + "-vs-".length());
                JobExecution execution = operator.start(job, new JobParametersBuilder()
                        .addString(ComparisonParameters.PROGRAMME, programme)
                        .addString(ComparisonParameters.COHORT_A, cohortA)
                        .addString(ComparisonParameters.COHORT_B, cohortB)
                        .addString(ComparisonParameters.PERIOD, period)
                        .addLong(ComparisonParameters.RUN, 0L)
                        .addString(ComparisonParameters.INPUT, GOLDEN.resolve("input").toString(), false)
                        .addString(ComparisonParameters.OUTPUT, output.toString(), false)
                        .toJobParameters());
                assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                        .isEqualTo(BatchStatus.COMPLETED);
                Path actual = output.resolve("compare").resolve(programme).resolve(name);
                comparison.compare(expected, actual);
                assertThat(GoldenComparison.read(actual).keySet()).as("rows of " + name)
                        .containsExactlyElementsOf(GoldenComparison.read(expected).keySet());
            }
        } catch (Exception e) {
            throw new AssertionError("Comparison job failed: " + e.getMessage(), e);
        }
        return comparison;
    }

    private static void assertBreakdowns(boolean expectedSome, Path expected, Path published, Path work)
            throws IOException {
        Files.createDirectories(work);
        GoldenComparison rows = new GoldenComparison();
        int expectedRows = 0;
        for (String programme : FOLDERS.subList(0, FOLDERS.size() - 1)) {
            Path actual = published.resolve(programme).resolve("breakdowns.csv");
            if (!expectedSome) {
                assertThat(actual).as("no breakdowns were asked for").doesNotExist();
                continue;
            }
            Path expectedFile = expected.resolve(programme).resolve("breakdowns.csv");
            expectedRows += GoldenComparison.records(expectedFile).size();
            rows.compare(asMetricRows(expectedFile, work.resolve("expected-" + programme + ".csv")),
                    asMetricRows(actual, work.resolve("actual-" + programme + ".csv")));
        }
        System.out.println("GOLDEN breakdown rows matched: " + rows);
        assertThat(rows.total).isEqualTo(expectedRows);
        assertThat(rows.mismatches).isEmpty();
    }

    /**
     * A breakdowns.csv rewritten with the metrics.csv header, the attribute and its value in the
     * cohort column, so that rows match on (programme, attribute, value, metric) by the same rules.
     */
    private static Path asMetricRows(Path breakdowns, Path target) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(breakdowns, StandardCharsets.UTF_8);
                Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord((Object[]) MetricsFiles.METRICS_HEADER);
            for (CSVRecord row : format.parse(reader)) {
                printer.printRecord(row.get("period"), row.get("programme_id"),
                        row.get("attribute") + "=" + row.get("attribute_value"), row.get("metric"), row.get("value"),
                        row.get("n"), row.get("ci_low"), row.get("ci_high"), row.get("suppressed"));
            }
        }
        return target;
    }
}
