package dev.mentorlens.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the runs service answers through the command line: a completed period asked again with other
 * folders, the folders and failure reason in status, and usage mistakes caught before a run starts.
 */
class RunsIntegrationTests {

    @TempDir
    Path work;

    @Test
    void monthlyWithOtherFoldersThanTheCompletedRunSaysSoAndWritesNothing() {
        TestDatabase db = TestDatabase.create("h2", "other_folders");
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));
        assertThat(monthly(db, input, work.resolve("first")).exitCode()).isZero();

        CommandResult again = monthly(db, input, work.resolve("second"));

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains(work.resolve("first").toString()).contains(work.resolve("second").toString())
                .contains("rerun").hasLineCount(1);
        assertThat(work.resolve("second").resolve("2026-02")).doesNotExist();
        assertThat(monthly(db, input, work.resolve("first")).out()).contains("already completed");
    }

    @Test
    void statusShowsTheFoldersOfEachRunAndWhyOneFailed() {
        TestDatabase db = TestDatabase.create("h2", "status_detail");
        Path input = new InputFolderBuilder().file("enrolments.csv", """
                programme_id,cohort,employee_id,role,enrolled_on,exited_on,exit_reason
                career,2026-spring,E1,mentor,2026-01-02,,
                career,2026-spring,E2,coach,2026-01-02,,
                """).writeTo(work.resolve("in"));
        CommandResult failed = MentorLensCli.run(db, "monthly", "--period", "2026-02", "--input", input.toString(),
                "--output", work.resolve("out").toString(), "--max-reject-ratio", "0");

        CommandResult status = MentorLensCli.run(db, "status");

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(status.out()).contains("FAILED")
                .containsPattern("(?m)^\\s+input\\s+" + java.util.regex.Pattern.quote(input.toString()) + "$")
                .containsPattern("(?m)^\\s+output\\s+" + java.util.regex.Pattern.quote(work.resolve("out").toString()))
                .containsPattern("(?m)^\\s+reason\\s+Source \\w+ rejected");
    }

    @Test
    void anUnknownProgrammeExitsTwoBeforeAnythingIsRecorded() {
        TestDatabase db = TestDatabase.create("h2", "unknown_programme");
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));

        CommandResult result = MentorLensCli.run(db, "monthly", "--period", "2026-02", "--programme", "nope",
                "--input", input.toString(), "--output", work.resolve("out").toString());

        assertUsageMistakeLeftNothing(db, result, "Programme 'nope' is not in");
    }

    @Test
    void anUnknownBreakdownFailsTheRunBeforeAnythingIsRecorded() {
        TestDatabase db = TestDatabase.create("h2", "unknown_breakdown");
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));

        CommandResult result = MentorLensCli.run(db, "monthly", "--period", "2026-02", "--breakdowns", "location,shoe_size",
                "--input", input.toString(), "--output", work.resolve("out").toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertNothingLeft(db, result, "Breakdown 'shoe_size' is not a column of employees.csv");
    }

    @Test
    void aMissingInputFolderExitsTwoBeforeAnythingIsRecorded() {
        TestDatabase db = TestDatabase.create("h2", "missing_input");

        CommandResult result = monthly(db, work.resolve("no-such-folder"), work.resolve("out"));
        assertUsageMistakeLeftNothing(db, result, "does not exist");

        CommandResult corrected = monthly(db, new InputFolderBuilder().writeTo(work.resolve("in")), work.resolve("out"));
        assertThat(corrected.exitCode()).as(corrected.err()).isZero();
    }

    @Test
    void aMissingRequiredFileFailsTheRunBeforeAnythingIsRecorded() {
        TestDatabase db = TestDatabase.create("h2", "missing_file");
        Path input = new InputFolderBuilder().without("enrolments.csv").writeTo(work.resolve("in"));

        CommandResult result = monthly(db, input, work.resolve("out"));

        // an input file at fault is a failed run (exit 1), found before anything is recorded or written
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertNothingLeft(db, result, "enrolments.csv");
    }

    @Test
    void aMissingTemplateExitsTwoBeforeAnythingIsRecorded() throws Exception {
        TestDatabase db = TestDatabase.create("h2", "missing_template");
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));
        Path templates = Files.createDirectories(work.resolve("templates"));

        CommandResult result = MentorLensCli.run(db, "monthly", "--period", "2026-02", "--input", input.toString(),
                "--output", work.resolve("out").toString(), "--mentorlens.report.templates=" + templates);

        assertUsageMistakeLeftNothing(db, result, "programme.xlsx");
    }

    private void assertUsageMistakeLeftNothing(TestDatabase db, CommandResult result, String sentence) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertNothingLeft(db, result, sentence);
    }

    private void assertNothingLeft(TestDatabase db, CommandResult result, String sentence) {
        assertThat(result.err()).contains(sentence).hasLineCount(1);
        assertThat(work.resolve("out").resolve("2026-02.incomplete")).doesNotExist();
        assertThat(MentorLensCli.run(db, "status").out().lines().count()).as("runs in status").isEqualTo(1);
        assertThat(db.jdbc().queryForObject("select count(*) from batch_job_instance", Integer.class)).isZero();
    }

    private static CommandResult monthly(TestDatabase db, Path input, Path output) {
        return MentorLensCli.run(db, "monthly", "--period", "2026-02", "--input", input.toString(), "--output",
                output.toString(), "--max-reject-ratio", "1");
    }
}
