package dev.mentorlens.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rerun whose inputs, settings and version match the run that published the period takes over that
 * run's outputs instead of computing them, and publishes exactly the files a full computation gives;
 * anything that differs (a setting, an input file, a published file) computes again.
 */
class ResultsReuseIntegrationTests {

    private static final String PERIOD = "2026-02";
    private static final String REUSED = "Reused the results of run ";

    @TempDir
    Path work;

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aRerunOnUnchangedInputsPublishesTheFilesOfAFullComputationWithoutComputing(String kind) throws IOException {
        TestDatabase db = TestDatabase.create(kind, "reuse_unchanged");
        Path input = publishedOnce(db);
        long firstRun = publishedBy();
        Map<String, byte[]> computed = publishedFiles();

        CommandResult reused = run(db, input, "rerun");

        assertThat(reused.out()).contains(REUSED + firstRun + ", inputs and settings unchanged");
        assertThat(stepsOf(db, publishedBy())).contains("reuseResultsStep", "publishStep")
                .doesNotContain("metricsStep", "workbooksStep");
        assertThat(publishedBy()).isGreaterThan(firstRun);
        assertThat(db.jdbc().queryForObject("select exit_message from batch_step_execution where job_execution_id = ?"
                + " and step_name = 'reuseResultsStep'", String.class, publishedBy())).startsWith(REUSED + firstRun);
        assertSameFiles(publishedFiles(), computed);
        assertThat(MentorLensCli.run(db, "status").out()).contains("results " + REUSED + firstRun);

        CommandResult recomputed = run(db, input, "rerun", "--recompute");

        assertThat(recomputed.out()).doesNotContain(REUSED);
        long recomputedBy = publishedBy();
        assertThat(stepsOf(db, recomputedBy)).contains("metricsStep", "workbooksStep")
                .doesNotContain("reuseResultsStep");
        assertSameFiles(publishedFiles(), computed);

        CommandResult again = run(db, input, "rerun");

        assertThat(again.out()).contains(REUSED + recomputedBy + ",");
        assertSameFiles(publishedFiles(), computed);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aRerunComputesAgainWhenASettingAPublishedFileOrAnInputDiffers(String kind) throws IOException {
        TestDatabase db = TestDatabase.create(kind, "reuse_differs");
        Path input = publishedOnce(db);
        Map<String, byte[]> computed = publishedFiles();

        CommandResult otherThreshold = run(db, input, "rerun", "--anonymity-threshold", "3");
        // the period's tables now hold the results of threshold 3: the first run's files cannot be taken over
        CommandResult backToDefault = run(db, input, "rerun");

        assertThat(otherThreshold.out()).doesNotContain(REUSED);
        assertThat(backToDefault.out()).doesNotContain(REUSED);
        assertSameFiles(publishedFiles(), computed);

        Path metrics = published().resolve("career/metrics.csv");
        Files.writeString(metrics, Files.readString(metrics) + "tampered\n");

        CommandResult afterTampering = run(db, input, "rerun");

        assertThat(afterTampering.out()).doesNotContain(REUSED);
        assertSameFiles(publishedFiles(), computed);

        Files.writeString(input.resolve("sessions-2026-02.csv"),
                Files.readString(input.resolve("sessions-2026-02.csv")).replace(",45,cancelled,", ",45,held,"));

        CommandResult afterNewExport = run(db, input, "rerun");

        assertThat(afterNewExport.out()).doesNotContain(REUSED);
        assertThat(Files.readString(published().resolve("career/metrics.csv")))
                .isNotEqualTo(new String(computed.get("career/metrics.csv")));
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aReuseRunThatFailedBeforePublishingReusesAgainWhenRestarted(String kind) throws IOException {
        TestDatabase db = TestDatabase.create(kind, "reuse_restart");
        Path input = publishedOnce(db);
        long firstRun = publishedBy();
        Map<String, byte[]> computed = publishedFiles();
        run(db, input, "rerun");
        long failedRun = publishedBy();
        // as if its publishing had failed before the rename: the period still shows the first run's publication
        failInPublishing(db, failedRun);
        Path manifest = published().resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"job_execution_id\" : " + failedRun,
                "\"job_execution_id\" : " + firstRun));

        CommandResult restarted = restart(db, failedRun);

        assertThat(restarted.out()).contains(REUSED + firstRun + ",");
        assertThat(publishedBy()).isGreaterThan(failedRun);
        assertSameFiles(publishedFiles(), computed);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aReuseRunThatFailedAfterPublishingComputesWhenRestarted(String kind) throws IOException {
        TestDatabase db = TestDatabase.create(kind, "reuse_restart_published");
        Path input = publishedOnce(db);
        Map<String, byte[]> computed = publishedFiles();
        run(db, input, "rerun");
        long failedRun = publishedBy();
        failInPublishing(db, failedRun);

        CommandResult restarted = restart(db, failedRun);

        assertThat(restarted.out()).doesNotContain(REUSED);
        assertSameFiles(publishedFiles(), computed);
    }

    private static CommandResult restart(TestDatabase db, long executionId) {
        CommandResult restarted = MentorLensCli.run(db, "restart", Long.toString(executionId));
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        return restarted;
    }

    /** Marks a completed run as one whose publish step failed. */
    private static void failInPublishing(TestDatabase db, long executionId) {
        db.jdbc().update("update batch_job_execution set status = 'FAILED', exit_code = 'FAILED'"
                + " where job_execution_id = ?", executionId);
        db.jdbc().update("update batch_step_execution set status = 'FAILED', exit_code = 'FAILED'"
                + " where job_execution_id = ? and step_name = 'publishStep'", executionId);
    }

    /** Writes the inputs of two programmes and computes their period once; returns the input folder. */
    private Path publishedOnce(TestDatabase db) {
        Path input = new InputFolderBuilder().withTwoProgrammes("career", "peer").writeTo(work.resolve("in"));
        assertThat(run(db, input, "monthly").out()).doesNotContain(REUSED);
        return input;
    }

    private CommandResult run(TestDatabase db, Path input, String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--period", PERIOD, "--input", input.toString(),
                "--output", work.resolve("out").toString()));
        args.addAll(List.of(more));
        CommandResult result = MentorLensCli.run(db, args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }

    private Path published() {
        return work.resolve("out").resolve(PERIOD);
    }

    private long publishedBy() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(published().resolve("manifest.json")))
                .path("job_execution_id").asLong();
    }

    /** Every published file but the manifest (which names the run that wrote it), by path. */
    private Map<String, byte[]> publishedFiles() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(published())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = published().relativize(file).toString().replace('\\', '/');
                if (!relative.equals("manifest.json")) {
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet()).contains("career/metrics.csv",
                "career/career-" + PERIOD + ".xlsx", "ALL/organisation-" + PERIOD + ".xlsx");
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    }

    private static List<String> stepsOf(TestDatabase db, long executionId) {
        return db.jdbc().queryForList("select step_name from batch_step_execution where job_execution_id = ?"
                + " order by step_execution_id", String.class, executionId);
    }
}
