package dev.mentorlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user meets on the command line: the sample data end to end, generate, usage errors. */
class CommandLineIntegrationTests {

    @TempDir
    Path work;

    @Test
    void monthlyOnTheSampleDataGivesTheCountsItsReadmePromises() {
        TestDatabase db = TestDatabase.create("h2", "sample");

        CommandResult result = MentorLensCli.run(db, "monthly", "--period", "2026-10", "--input", "sample-data",
                "--output", work.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .containsPattern("(?m)^programmes\\s+4\\s+4\\s+0\\s+0\\s")
                .containsPattern("(?m)^employees\\s+404\\s+400\\s+4\\s+0\\s")
                .containsPattern("(?m)^job_history\\s+860\\s+855\\s+5\\s+0\\s")
                .containsPattern("(?m)^enrolments\\s+173\\s+171\\s+2\\s+0\\s")
                .containsPattern("(?m)^matches\\s+81\\s+80\\s+1\\s+0\\s")
                .containsPattern("(?m)^sessions\\s+821\\s+812\\s+8\\s+1\\s")
                .containsPattern("(?m)^survey_responses\\s+106\\s+105\\s+1\\s+0\\s")
                .containsPattern("(?m)^goals\\s+131\\s+130\\s+1\\s+0\\s+2");
        assertThat(work.resolve("2026-10").resolve("manifest.json")).content()
                .contains("\"rejects/sessions.csv\"").contains("\"sessions-2026-10.csv\"");
        assertThat(work.resolve("2026-10.incomplete")).doesNotExist();
    }

    @Test
    void aRunOfOneProgrammeReplacesOnlyThatProgrammeInThePublishedPeriod() throws java.io.IOException {
        TestDatabase db = TestDatabase.create("h2", "one_programme");
        MentorLensCli.run(db, "monthly", "--period", "2026-10", "--input", "sample-data", "--output", work.toString());
        Path peer = work.resolve("2026-10/peer-coaching/metrics.csv");
        String peerBefore = Files.readString(peer);

        CommandResult single = MentorLensCli.run(db, "monthly", "--period", "2026-10", "--programme",
                "career-mentoring", "--input", "sample-data", "--output", work.toString());

        assertThat(single.exitCode()).as(single.err()).isZero();
        assertThat(Files.readString(peer)).isEqualTo(peerBefore);
        assertThat(work.resolve("2026-10/career-mentoring/metrics.csv")).exists();
        assertThat(work.resolve("2026-10/manifest.json")).content().contains("peer-coaching/metrics.csv")
                .contains("\"programme\" : \"career-mentoring\"");
    }

    @Test
    void generatedInputsOfAnotherSizeRunThroughTheMonthlyJob() {
        Path generated = work.resolve("generated");

        CommandResult generate = MentorLensCli.run(TestDatabase.create("h2", "unused"), "generate", "--employees",
                "1500", "--seed", "3", "--out", generated.toString());
        CommandResult monthly = MentorLensCli.run(TestDatabase.create("h2", "generated"), "monthly", "--period",
                "2026-10", "--input", generated.toString(), "--output", work.resolve("out").toString());

        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(Files.exists(generated.resolve("sessions-2026-10.csv"))).isTrue();
        assertThat(monthly.exitCode()).as(monthly.err()).isZero();
        assertThat(monthly.out()).containsPattern("(?m)^employees\\s+15\\d\\d\\s");
    }

    @Test
    void compareWritesBothCohortsAndTheirTestsForTheMonth() throws java.io.IOException {
        TestDatabase db = TestDatabase.create("h2", "compare");

        CommandResult result = MentorLensCli.run(db, "compare", "--programme", "career-mentoring", "--cohorts",
                "2025-autumn,2026-spring", "--period", "2026-10", "--input", "sample-data", "--output", work.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path file = work.resolve("compare/career-mentoring/2025-autumn-vs-2026-spring-2026-10.csv");
        java.util.List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("period,programme_id,cohort,metric,value,n,ci_low,ci_high,suppressed");
        assertThat(lines).anyMatch(l -> l.startsWith("2026-10,career-mentoring,2025-autumn,enrolled_mentees,"))
                .anyMatch(l -> l.startsWith("2026-10,career-mentoring,2026-spring,enrolled_mentees,"))
                .anyMatch(l -> l.startsWith("2026-10,career-mentoring,2025-autumn-vs-2026-spring,retention_logrank_p,"));
        assertThat(MentorLensCli.run(db, "compare", "--programme", "career-mentoring", "--cohorts", "2025-autumn",
                "--period", "2026-10").exitCode()).isEqualTo(2);
    }

    @Test
    void rejectsABadPeriodWithExitCodeTwoAndOneSentence() {
        CommandResult result = MentorLensCli.run(TestDatabase.create("h2", "usage"), "monthly", "--period", "2026-13");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("--period must be a month as YYYY-MM").doesNotContain("Exception");
    }

    @Test
    void rejectsAPeriodOutsideTheSupportedDatesWithExitCodeTwo() {
        TestDatabase db = TestDatabase.create("h2", "usage");

        CommandResult early = MentorLensCli.run(db, "monthly", "--period", "0000-01");
        CommandResult late = MentorLensCli.run(db, "compare", "--programme", "p", "--cohorts", "a,b", "--period", "2200-01");

        assertThat(early.exitCode()).isEqualTo(2);
        assertThat(early.err()).startsWith("--period must be a month from 1900-01 to 2199-12").doesNotContain("SQL");
        assertThat(late.exitCode()).isEqualTo(2);
        assertThat(MentorLensCli.run(db, "rerun", "--period", "1899-12").exitCode()).isEqualTo(2);
    }

    @Test
    void rejectsUnknownCommandsAndOptionsWithExitCodeTwo() {
        TestDatabase db = TestDatabase.create("h2", "usage");

        assertThat(MentorLensCli.run(db, "report").exitCode()).isEqualTo(2);
        assertThat(MentorLensCli.run(db, "monthly", "--period", "2026-10", "--colour", "red").err())
                .contains("Unknown option --colour");
        assertThat(MentorLensCli.run(db, "restart", "abc").exitCode()).isEqualTo(2);
        CommandResult serveWithoutUsers = MentorLensCli.run(db, "serve", "--server.port=0");
        assertThat(serveWithoutUsers.exitCode()).isEqualTo(2);
        assertThat(serveWithoutUsers.err()).startsWith("serve needs at least one user");
    }

    @Test
    void restartOfAnUnknownExecutionSaysSo() {
        CommandResult result = MentorLensCli.run(TestDatabase.create("h2", "restart"), "restart", "999");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no job execution with id 999");
    }

    @Test
    void statusListsRunsWithTheirParametersAndState() {
        TestDatabase db = TestDatabase.create("h2", "status");
        MentorLensCli.run(db, "monthly", "--period", "2026-09", "--input", "sample-data", "--output", work.toString());

        CommandResult status = MentorLensCli.run(db, "status");

        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("period=2026-09 programme=ALL rerun=0").contains("COMPLETED");
    }
}
