package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.mentorlens.ingest.IngestParameters;
import dev.mentorlens.monthly.MonthlyParameters;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden conformance: the monthly job and the comparison job on {@code ../shared/golden/input}
 * give every expected row of {@code ../shared/golden/expected} within the README's tolerances.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:metricsgolden;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.batch.jdbc.initialize-schema=always",
    "spring.batch.job.enabled=false"})
class GoldenMetricsIntegrationTests {

    static final Path GOLDEN = Path.of("../shared/golden");

    @TempDir
    static Path output;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    @Qualifier("monthlyReportJob")
    Job monthlyReportJob;

    @Autowired
    @Qualifier("cohortComparisonJob")
    Job cohortComparisonJob;

    @ParameterizedTest
    @ValueSource(strings = {"2026-10", "2026-03"})
    void monthlyMetricsMatchTheGoldenFiles(String period) throws Exception {
        JobExecution execution = jobOperator.start(monthlyReportJob, new JobParametersBuilder()
                .addString(MonthlyParameters.PERIOD, period)
                .addString(MonthlyParameters.PROGRAMME, MonthlyParameters.ALL_PROGRAMMES)
                .addLong(MonthlyParameters.RERUN, 0L)
                .addString(IngestParameters.INPUT, GOLDEN.resolve("input").toString(), false)
                .addString(MonthlyParameters.OUTPUT, output.toString(), false)
                .toJobParameters());
        assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);

        Path expected = GOLDEN.resolve("expected").resolve(period);
        Path published = output.resolve(period);
        GoldenComparison comparison = new GoldenComparison();
        for (String folder : List.of("career-mentoring", "reverse-mentoring", "women-in-tech-circles", "ALL")) {
            comparison.compare(expected.resolve(folder).resolve("metrics.csv"),
                    published.resolve(folder).resolve("metrics.csv"));
            assertThat(GoldenComparison.read(published.resolve(folder).resolve("metrics.csv")).keySet())
                    .as("row order of " + folder).containsExactlyElementsOf(
                            GoldenComparison.read(expected.resolve(folder).resolve("metrics.csv")).keySet());
        }
        System.out.println("GOLDEN " + period + " metrics rows matched: " + comparison);
        assertThat(comparison.mismatches).isEmpty();

        JsonNode lists = JsonMapper.builder().build().readTree(expected.resolve("lists.json").toFile());
        for (String programme : List.of("career-mentoring", "reverse-mentoring", "women-in-tech-circles")) {
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
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10", "2026-03"})
    void comparisonsMatchTheGoldenFiles(String period) throws Exception {
        GoldenComparison comparison = new GoldenComparison();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(GOLDEN.resolve("expected").resolve("compare"))) {
            files = walk.filter(f -> f.getFileName().toString().endsWith("-" + period + ".csv")).sorted().toList();
        }
        for (Path expected : files) {
            String programme = expected.getParent().getFileName().toString();
            String name = expected.getFileName().toString();
            String[] cohorts = cohorts(GoldenComparison.records(expected), name);
            JobParameters parameters = new JobParametersBuilder()
                    .addString(ComparisonParameters.PROGRAMME, programme)
                    .addString(ComparisonParameters.COHORT_A, cohorts[0])
                    .addString(ComparisonParameters.COHORT_B, cohorts[1])
                    .addString(ComparisonParameters.PERIOD, period)
                    .addLong(ComparisonParameters.RUN, 0L)
                    .addString(ComparisonParameters.INPUT, GOLDEN.resolve("input").toString(), false)
                    .addString(ComparisonParameters.OUTPUT, output.toString(), false)
                    .toJobParameters();
            JobExecution execution = jobOperator.start(cohortComparisonJob, parameters);
            assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                    .isEqualTo(BatchStatus.COMPLETED);
            Path actual = output.resolve("compare").resolve(programme).resolve(name);
            comparison.compare(expected, actual);
            assertThat(GoldenComparison.read(actual).keySet()).as("rows of " + name)
                    .containsExactlyElementsOf(GoldenComparison.read(expected).keySet());
        }
        System.out.println("GOLDEN compare " + period + " (" + files.size() + " files) rows matched: " + comparison);
        assertThat(files).isNotEmpty();
        assertThat(comparison.mismatches).isEmpty();
    }

    /** Cohorts A and B from the label of the last rows, {@code <A>-vs-<B>}, checked against the file name. */
    private static String[] cohorts(List<List<String>> rows, String fileName) throws IOException {
        String a = rows.get(0).get(2);
        String label = rows.get(rows.size() - 1).get(2);
        String b = label.substring(a.length() + "-vs-".length());
        assertThat(fileName).startsWith(label + "-");
        return new String[] {a, b};
    }
}
