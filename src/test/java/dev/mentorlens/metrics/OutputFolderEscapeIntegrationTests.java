package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9 point 5: names from the data never lead a generated file out of the output folder. A cohort
 * named {@code ../../../../x/ESCAPED} is a reject, {@code compare} refuses it, and a programme named
 * {@code rejects} is a reject instead of merging into the rejects folder.
 */
class OutputFolderEscapeIntegrationTests {

    private static final String ESCAPING = "../../../../x/ESCAPED";

    @TempDir
    Path work;


    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aCohortNameThatClimbsOutOfTheOutputFolderIsRejectedAndWritesNothingOutside(String kind) throws IOException {
        Path output = work.resolve("a/b/c/d/out");
        Path input = new InputFolderBuilder()
                .file("enrolments.csv", """
                        programme_id,cohort,employee_id,role,enrolled_on,exited_on,exit_reason
                        career,2026-spring,E1,mentor,2026-01-02,,
                        career,2026-spring,E2,mentee,2026-01-02,,
                        career,../../../../x/ESCAPED,E3,mentor,2026-01-02,,
                        career,../../../../x/ESCAPED,E4,mentee,2026-01-02,,
                        """)
                .file("matches.csv", """
                        match_id,programme_id,cohort,mentor_id,mentee_id,matched_on,ended_on
                        M1,career,2026-spring,E1,E2,2026-01-05,
                        M2,career,../../../../x/ESCAPED,E3,E4,2026-01-05,
                        """)
                .writeTo(work.resolve("in"));
        TestDatabase db = TestDatabase.create(kind, "escape");

        CommandResult monthly = MentorLensCli.run(db, "monthly", "--period", "2026-02", "--input", input.toString(),
                "--output", output.toString(), "--max-reject-ratio", "1");
        CommandResult compare = MentorLensCli.run(db, "compare", "--programme", "career", "--cohorts",
                ESCAPING + ",2026-spring", "--period", "2026-02", "--input", input.toString(), "--output",
                output.toString(), "--max-reject-ratio", "1");

        assertThat(monthly.exitCode()).as(monthly.err()).isZero();
        assertThat(Files.readString(output.resolve("2026-02/rejects/enrolments.csv")))
                .contains("enrolments.csv,4,\"cohort must be").contains("enrolments.csv,5,\"cohort must be");
        assertThat(Files.readString(output.resolve("2026-02/rejects/matches.csv"))).contains("matches.csv,3,\"cohort must be");
        assertThat(compare.exitCode()).isEqualTo(1);
        assertThat(compare.err()).contains(ESCAPING).contains("outside");
        assertThat(filesUnder(work)).allMatch(f -> f.startsWith(output) || f.startsWith(work.resolve("in")));
        assertThat(work.resolve("a/x")).doesNotExist();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aProgrammeNamedRejectsIsARejectAndTheRejectsFolderHoldsOnlyRejects(String kind) throws IOException {
        Path output = work.resolve("out");
        Path input = new InputFolderBuilder()
                .file("programmes.csv", """
                        programme_id,name,format,start_date,end_date,expected_cadence_days,owner_email
                        career,Career Mentoring,one_to_one,2026-01-01,,30,owner@example.com
                        rejects,Rejects,group,2026-01-01,,30,
                        """)
                .writeTo(work.resolve("in"));
        TestDatabase db = TestDatabase.create(kind, "reserved");

        CommandResult monthly = MentorLensCli.run(db, "monthly", "--period", "2026-02", "--input", input.toString(),
                "--output", output.toString(), "--max-reject-ratio", "1");

        assertThat(monthly.exitCode()).as(monthly.err()).isZero();
        assertThat(Files.readString(output.resolve("2026-02/rejects/programmes.csv")))
                .contains("programmes.csv,3,programme_id 'rejects' is reserved");
        try (Stream<Path> files = Files.list(output.resolve("2026-02/rejects"))) {
            assertThat(files.map(f -> f.getFileName().toString())).allMatch(name -> name.endsWith(".csv"))
                    .doesNotContain("metrics.csv", "comments.csv");
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
