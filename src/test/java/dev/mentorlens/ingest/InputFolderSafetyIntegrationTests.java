package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an input folder can hold besides plain CSV exports — links, folders, files that are not CSV,
 * repeated columns, bad encodings, removed files, long quoted fields — is refused or reported, and
 * never echoed beyond a header's column names.
 */
class InputFolderSafetyIntegrationTests {

    private static final String SECRET_LINE = "root:x:0:0:secret-line:/root:/bin/bash";

    @TempDir
    Path work;

    @Test
    void refusesALinkThatLeavesTheInputFolderWithoutShowingWhatItPointsAt() throws IOException {
        Path outside = Files.writeString(work.resolve("passwd"), SECRET_LINE + "\nsecond:line\n");
        Path input = new InputFolderBuilder().without("employees.csv").writeTo(work.resolve("in"));
        Files.createSymbolicLink(input.resolve("employees.csv"), outside);

        CommandResult result = monthly(input, "2026-02");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Input file employees.csv is a link to a file outside the input folder")
                .doesNotContain("secret-line").doesNotContain(outside.toString());
    }

    @Test
    void followsALinkToAFileInsideTheInputFolder() throws IOException {
        String employees = new String(Files.readAllBytes(new InputFolderBuilder().writeTo(work.resolve("model"))
                .resolve("employees.csv")));
        Path input = new InputFolderBuilder().without("employees.csv").writeTo(work.resolve("in"));
        Files.createDirectories(input.resolve("exports"));
        Files.writeString(input.resolve("exports/hr-2026-02.csv"), employees);
        Files.createSymbolicLink(input.resolve("employees.csv"), Path.of("exports/hr-2026-02.csv"));

        CommandResult result = monthly(input, "2026-02");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("(?m)^employees\\s+6\\s+6\\s");
    }

    @Test
    void aFileThatIsNoCsvExportHasItsFirstLineKeptOutOfTheError() {
        Path input = new InputFolderBuilder().file("employees.csv", SECRET_LINE + "\n").writeTo(work.resolve("in"));

        CommandResult result = monthly(input, "2026-02");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("employees.csv has no required column employee_id (its first line does not"
                + " look like a header of column names)").doesNotContain("secret-line");
    }

    @Test
    void aMissingColumnStillListsTheColumnsOfARealHeader() {
        Path input = new InputFolderBuilder().file("matches.csv", "match_id,programme_id,cohort\nM1,career,c\n")
                .writeTo(work.resolve("in"));

        CommandResult result = monthly(input, "2026-02");

        assertThat(result.err()).contains("matches.csv has no required column mentor_id (its columns are: match_id,"
                + " programme_id, cohort)");
    }

    @Test
    void refusesAFileThatHasAColumnTwiceNamingBothPlaces() {
        Path input = new InputFolderBuilder().file("employees.csv", """
                employee_id,department,location,job_level,hire_date,Department
                E1,Sales,London,5,2020-01-01,Legal
                """).writeTo(work.resolve("in"));

        CommandResult result = monthly(input, "2026-02");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("Input file employees.csv has the column department twice (columns 2 and 6);");
    }

    @Test
    void reportsAFolderNamedLikeAnInputFile() throws IOException {
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));
        Files.createDirectories(input.resolve("sessions-2026-03.csv"));

        CommandResult result = monthly(input, "2026-02");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Input sessions-2026-03.csv in").contains("is a folder, not a CSV file");
    }

    @Test
    void namesTheLineOfBytesThatAreNotUtf8() throws IOException {
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));
        byte[] text = Files.readAllBytes(input.resolve("survey_responses.csv"));
        byte[] broken = new byte[text.length + 1];
        int secondRow = new String(text).indexOf("R2,");
        System.arraycopy(text, 0, broken, 0, secondRow);
        broken[secondRow] = (byte) 0xFF;
        System.arraycopy(text, secondRow, broken, secondRow + 1, text.length - secondRow);
        Files.write(input.resolve("survey_responses.csv"), broken);

        CommandResult result = monthly(input, "2026-02");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("Input file survey_responses.csv is not UTF-8 text: line 3 has bytes that"
                + " cannot be decoded; save it as UTF-8.");
    }

    @Test
    void saysWhenAFileReadByAnEarlierRunIsGone() throws IOException {
        TestDatabase db = TestDatabase.create("h2", "removed_input");
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));
        assertThat(monthly(db, input, "2026-02").exitCode()).isZero();
        Files.delete(input.resolve("sessions-2026-01.csv"));

        CommandResult result = monthly(db, input, "2026-03");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Input file sessions-2026-01.csv was read by an earlier run and is no longer"
                + " in the input folder; its rows are no longer counted.");
    }

    @Test
    void warnsOfAQuotedFieldOverManyLinesAndKeepsTheWarning() {
        TestDatabase db = TestDatabase.create("h2", "long_field");
        Path input = new InputFolderBuilder().file("survey_responses.csv", """
                response_id,survey_id,programme_id,respondent_id,role,submitted_at,satisfaction,nps,comment
                R1,pulse,career,E2,mentee,2026-02-20T10:00:00Z,5,9,"three
                short
                lines"
                R2,pulse,career,E4,mentee,2026-02-21T10:00:00Z,4,,"opened here
                R3,pulse,career,E1,mentor,2026-02-21T10:00:00Z,4,,fine
                R4,pulse,career,E3,mentor,2026-02-21T10:00:00Z,4,,fine
                R5,pulse,career,E5,mentor,2026-02-21T10:00:00Z,4,,fine
                R6,pulse,career,E6,mentor,2026-02-21T10:00:00Z,4,,fine
                R7,pulse,career,E1,mentor,2026-02-22T10:00:00Z,4,,closed here"
                """).writeTo(work.resolve("in"));

        CommandResult result = monthly(db, input, "2026-02");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Warning: The row on line 5 of survey_responses.csv has a quoted field over"
                + " 6 lines (to line 10)").doesNotContain("line 2 of");
        assertThat(db.jdbc().queryForList("select source_file || ':' || source_line from ingest_warning", String.class))
                .containsExactly("survey_responses.csv:5");
    }

    private CommandResult monthly(Path input, String period) {
        return monthly(TestDatabase.create("h2", "input_safety"), input, period);
    }

    private CommandResult monthly(TestDatabase db, Path input, String period) {
        return MentorLensCli.run(db, "monthly", "--period", period, "--input", input.toString(), "--output",
                work.resolve("out").toString(), "--max-reject-ratio", "1");
    }
}
