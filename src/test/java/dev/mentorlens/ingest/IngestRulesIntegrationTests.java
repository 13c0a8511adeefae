package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-row and failure rules of docs/inputs.md, end to end through the monthly command, on both databases:
 * what the user sees (exit code, summary, one-sentence failures). Rules about single rows run as step tests
 * in {@link IngestStepTests}.
 */
class IngestRulesIntegrationTests {

    @TempDir
    Path work;


    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void countsIdenticalRepeatsAcrossMonthlyFilesAsDuplicatesAndRejectsConflictingOnes(String kind) throws IOException {
        Path input = new InputFolderBuilder()
                .file("sessions-2026-02.csv", "\uFEFFRoom,Attendee_IDs, STATUS ,session_id,programme_id,match_id,"
                        + "started_at,duration_minutes,channel\r\n"
                        + "4.12,E1;E2,held,S1,career,M1,2026-01-10T10:00:00+01:00,60,video\r\n"
                        + "4.12,E3;E4,held,S2,career,M2,2026-01-12T10:00:00Z,50,phone\r\n"
                        + "4.12,E1;E2,held,S4,career,M1,2026-02-10T10:00:00+01:00,60,\"video\"\r\n")
                .writeTo(work.resolve("in"));
        TestDatabase db = TestDatabase.create(kind, "duplicates");

        CommandResult result = monthly(db, input, "2026-02");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("(?m)^sessions\\s+6\\s+4\\s+1\\s+1\\s+2");
        assertThat(rejects("sessions")).containsExactly("sessions-2026-02.csv,3,key repeats an earlier row with"
                + " different content,\"4.12,E3;E4,held,S2,career,M2,2026-01-12T10:00:00Z,50,phone\"");
        assertThat(db.jdbc().queryForObject("select duration_minutes from mentoring_session where session_id = 'S2'",
                Integer.class)).isEqualTo(45);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void failsNamingTheFileAndColumnWhenARequiredColumnIsMissing(String kind) {
        Path input = new InputFolderBuilder()
                .file("matches.csv", "match_id,programme_id,cohort,mentor_id,matched_on\nM1,career,c,E1,2026-01-05\n")
                .writeTo(work.resolve("in"));

        CommandResult result = monthly(TestDatabase.create(kind, "missing_column"), input, "2026-02");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("matches.csv").contains("mentee_id");
        assertThat(work.resolve("out").resolve("2026-02")).doesNotExist();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void failsNamingTheFileWhenARequiredFileIsMissing(String kind) {
        Path input = new InputFolderBuilder().without("employees.csv").writeTo(work.resolve("in"));

        CommandResult result = monthly(TestDatabase.create(kind, "missing_file"), input, "2026-02");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("employees.csv").hasLineCount(1);
        assertThat(work.resolve("out").resolve("2026-02")).doesNotExist();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void failsWithOneSentenceOnAnUnclosedQuoteOrAFileThatIsNotUtf8(String kind) throws IOException {
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));
        Files.writeString(input.resolve("sessions-2026-02.csv"),
                "S9,career,,\"2026-02-03T09:30:00Z,60,held,video,E1;E2\n", java.nio.file.StandardOpenOption.APPEND);
        Path latin1 = new InputFolderBuilder().writeTo(work.resolve("latin1"));
        Files.write(latin1.resolve("employees.csv"), "employee_id,department,job_level,hire_date\nE7,R\u00e9seau,3,2020-01-01\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        CommandResult unclosed = monthly(TestDatabase.create(kind, "unclosed"), input, "2026-02");
        CommandResult notUtf8 = monthly(TestDatabase.create(kind, "latin1"), latin1, "2026-02");

        assertThat(unclosed.exitCode()).isEqualTo(1);
        assertThat(unclosed.err()).contains("sessions-2026-02.csv").contains("unclosed quote").hasLineCount(1);
        // found while checking the headers, before the run is recorded: still a failed run, as for any input file
        assertThat(notUtf8.exitCode()).isEqualTo(1);
        assertThat(notUtf8.err()).contains("employees.csv is not UTF-8").hasLineCount(1);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void failsWhenASourceRejectsMoreThanTheMaximumRatioButNotAtIt(String kind) {
        // 4 enrolments + 1 bad = 1 of 5 rejected: a ratio of exactly 0.2
        Path input = new InputFolderBuilder()
                .file("enrolments.csv", """
                        programme_id,cohort,employee_id,role,enrolled_on,exited_on,exit_reason
                        career,2026-spring,E1,mentor,2026-01-02,,
                        career,2026-spring,E2,mentee,2026-01-02,,
                        career,2026-spring,E3,mentor,2026-01-02,,
                        career,2026-spring,E4,mentee,2026-01-02,,
                        career,2026-spring,E5,coach,2026-01-02,,
                        """)
                .writeTo(work.resolve("in"));

        CommandResult atLimit = MentorLensCli.run(TestDatabase.create(kind, "ratio_at"), "monthly", "--period",
                "2026-02", "--input", input.toString(), "--output", work.resolve("ok").toString(),
                "--max-reject-ratio", "0.2");
        CommandResult above = MentorLensCli.run(TestDatabase.create(kind, "ratio_above"), "monthly", "--period",
                "2026-02", "--input", input.toString(), "--output", work.resolve("out").toString(),
                "--max-reject-ratio", "0.19");

        assertThat(atLimit.exitCode()).as(atLimit.err()).isZero();
        assertThat(above.exitCode()).isEqualTo(1);
        assertThat(above.err()).contains("enrolments").contains("1 of 5").contains("0.19");
        assertThat(work.resolve("out").resolve("2026-02")).doesNotExist();
        assertThat(work.resolve("out").resolve("2026-02.incomplete").resolve("rejects").resolve("enrolments.csv"))
                .content().contains("role is not one of mentee|mentor");
    }

    /** A monthly run that tolerates any reject ratio, for tests about single rows of tiny inputs. */
    private CommandResult monthly(TestDatabase db, Path input, String period) {
        return MentorLensCli.run(db, "monthly", "--period", period, "--input", input.toString(), "--output",
                work.resolve("out").toString(), "--max-reject-ratio", "1");
    }

    private List<String> rejects(String source) {
        try {
            List<String> lines = Files.readAllLines(work.resolve("out").resolve("2026-02").resolve("rejects")
                    .resolve(source + ".csv"));
            return lines.subList(1, lines.size());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
