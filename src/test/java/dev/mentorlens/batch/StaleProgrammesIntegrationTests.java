package dev.mentorlens.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run of one programme keeps the other programmes' folders of the published period; when the inputs
 * changed since those were computed, the manifest, the organisation workbook and the run summary say
 * they are stale. A publish killed part-way leaves one clean period folder after the next run.
 */
class StaleProgrammesIntegrationTests {

    private static final String STALE_NOTE = "stale — computed from earlier inputs; rerun the period";

    @TempDir
    Path work;

    @ParameterizedTest
    @MethodSource("dev.mentorlens.support.TestDatabase#kinds")
    void aRunOfOneProgrammeAfterAnInputChangedMarksTheKeptProgrammesStaleUntilThePeriodIsRerun(String kind)
            throws IOException {
        TestDatabase db = TestDatabase.create(kind, "stale_changed");
        Path input = twoProgrammes().writeTo(work.resolve("in"));
        Path out = work.resolve("out");
        CommandResult first = monthly(db, input, out);
        long firstRun = manifest(out).path("job_execution_id").asLong();
        Files.writeString(input.resolve("sessions-2026-01.csv"),
                Files.readString(input.resolve("sessions-2026-01.csv")).replace(",60,held,", ",75,held,"));

        CommandResult career = monthly(db, input, out, "--programme", "career");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(career.exitCode()).as(career.err()).isZero();
        JsonNode manifest = manifest(out);
        assertThat(manifest.path("stale_programmes")).hasSize(1);
        JsonNode stale = manifest.path("stale_programmes").get(0);
        assertThat(stale.path("programme").asString()).isEqualTo("peer");
        assertThat(stale.path("computed_from_inputs_of_run").asLong()).isEqualTo(firstRun);
        assertThat(stale.path("reason").asString()).isEqualTo("inputs changed since; rerun the period");
        assertThat(programmeInputs(manifest, "career")).isEqualTo(manifest.path("inputs_sha256").asString());
        assertThat(programmeInputs(manifest, "peer")).isNotEqualTo(manifest.path("inputs_sha256").asString());
        assertThat(organisationProgrammeNames(out)).containsExactly("Career Mentoring",
                "Peer Circles (" + STALE_NOTE + ")");
        assertThat(career.out()).contains("Stale: peer was kept from an earlier run computed from other inputs")
                .contains("run 'rerun --period 2026-02'");

        CommandResult rerun = MentorLensCli.run(db, "rerun", "--period", "2026-02", "--input", input.toString(),
                "--output", out.toString());

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(manifest(out).path("stale_programmes")).isEmpty();
        assertThat(organisationProgrammeNames(out)).containsExactly("Career Mentoring", "Peer Circles");
        assertThat(rerun.out()).doesNotContain("Stale:");
    }

    @ParameterizedTest
    @MethodSource("dev.mentorlens.support.TestDatabase#kinds")
    void aRunOfOneProgrammeOnUnchangedInputsMarksNothingStale(String kind) throws IOException {
        TestDatabase db = TestDatabase.create(kind, "stale_unchanged");
        Path input = publishedOnce(db);
        Path out = work.resolve("out");

        CommandResult career = monthly(db, input, out, "--programme", "career");

        assertThat(career.exitCode()).as(career.err()).isZero();
        JsonNode manifest = manifest(out);
        assertThat(manifest.path("stale_programmes")).isEmpty();
        assertThat(programmeInputs(manifest, "peer")).isEqualTo(manifest.path("inputs_sha256").asString());
        assertThat(organisationProgrammeNames(out)).containsExactly("Career Mentoring", "Peer Circles");
        assertThat(career.out()).doesNotContain("Stale:");
    }

    /** Writes the two-programme inputs and publishes their period once; returns the input folder. */
    private Path publishedOnce(TestDatabase db) {
        Path input = twoProgrammes().writeTo(work.resolve("in"));
        CommandResult first = monthly(db, input, work.resolve("out"));
        assertThat(first.exitCode()).as(first.err()).isZero();
        return input;
    }

    private static InputFolderBuilder twoProgrammes() {
        return new InputFolderBuilder().file("programmes.csv", """
                programme_id,name,format,start_date,end_date,expected_cadence_days,owner_email
                career,Career Mentoring,one_to_one,2026-01-01,,30,owner@example.com
                peer,Peer Circles,peer,2026-01-01,,30,owner@example.com
                """);
    }

    private static CommandResult monthly(TestDatabase db, Path input, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("monthly", "--period", "2026-02", "--input", input.toString(),
                "--output", out.toString()));
        args.addAll(List.of(more));
        return MentorLensCli.run(db, args.toArray(String[]::new));
    }

    private static JsonNode manifest(Path out) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(out.resolve("2026-02/manifest.json")));
    }

    private static String programmeInputs(JsonNode manifest, String programme) {
        for (JsonNode entry : manifest.path("programmes")) {
            if (entry.path("programme").asString().equals(programme)) {
                return entry.path("inputs_sha256").asString();
            }
        }
        throw new AssertionError("manifest.json lists no programme " + programme + ": " + manifest);
    }

    /**
     * The cells of the organisation workbook's Programmes sheet that name a programme, each once (its
     * figures table and its trends table name the programmes alike).
     */
    private static List<String> organisationProgrammeNames(Path out) throws IOException {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        try (InputStream in = Files.newInputStream(out.resolve("2026-02/ALL/organisation-2026-02.xlsx"));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Programmes");
            for (Row row : sheet) {
                Cell cell = row.getCell(row.getFirstCellNum() < 0 ? 0 : row.getFirstCellNum());
                if (cell != null && cell.getCellType() == CellType.STRING
                        && (cell.getStringCellValue().startsWith("Career Mentoring")
                                || cell.getStringCellValue().startsWith("Peer Circles"))) {
                    names.add(cell.getStringCellValue());
                }
            }
        }
        return List.copyOf(names);
    }

    @ParameterizedTest
    @MethodSource("dev.mentorlens.support.TestDatabase#kinds")
    void aRerunAfterAPublishKilledBetweenItsRenamesEndsWithOneCleanPeriodFolder(String kind) throws IOException {
        TestDatabase db = TestDatabase.create(kind, "interrupted_publish");
        Path input = publishedOnce(db);
        Path out = work.resolve("out");
        long firstRun = manifest(out).path("job_execution_id").asLong();
        // as a publish killed after moving the period aside, and an earlier one killed before deleting its copy
        Files.move(out.resolve("2026-02"), out.resolve("2026-02.replaced-41"));
        Files.createDirectories(out.resolve("2026-02.replaced-7/career"));

        CommandResult rerun = MentorLensCli.run(db, "rerun", "--period", "2026-02", "--input", input.toString(),
                "--output", out.toString());

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        try (java.util.stream.Stream<Path> entries = Files.list(out)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("2026-02")))
                    .containsExactly("2026-02");
        }
        assertThat(manifest(out).path("job_execution_id").asLong()).isGreaterThan(firstRun);
        assertThat(out.resolve("2026-02/peer/metrics.csv")).exists();
    }
}
