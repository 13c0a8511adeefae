package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Breakdowns as a security feature: a 40-mentee programme broken down by gender (with a group of
 * three) and by generation, run by the product; the test then plays the attacker with
 * breakdowns.csv, metrics.csv and the numbers of the workbook's Breakdowns and Health sheets (read
 * back from the .xlsx) and fails if any suppressed cell's count comes back.
 */
class BreakdownSubtractionAttackIntegrationTests {

    private static final String PERIOD = "2026-02";
    private static final List<String> GENDERS = List.of("woman", "man", "nonbinary");

    @TempDir
    Path work;

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void noSuppressedBreakdownCellComesBackFromThePublishedNumbers(String kind) throws IOException {
        Path published = monthly(kind, 1);

        List<CSVRecord> breakdowns = SubtractionAttackIntegrationTests.records(published.resolve("breakdowns.csv"));
        Map<String, CSVRecord> metrics = GoldenComparison.read(published.resolve("metrics.csv"));
        assertThat(breakdowns).filteredOn(r -> r.get("attribute_value").equals("nonbinary")
                && r.get("metric").equals("mentees")).singleElement().satisfies(r -> assertThat(r.get("suppressed"))
                        .isEqualTo("true"));
        assertThat(new BreakdownAttacker(breakdowns, metrics).recoveredSuppressedCells()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void theWorkbookShowsTheBreakdownsAsPublishedAndAddsNothingThatGivesACellBack(String kind) throws IOException {
        Path published = monthly(kind, 1);
        Path workbook = published.resolve("career-" + PERIOD + ".xlsx");

        List<CSVRecord> csv = SubtractionAttackIntegrationTests.records(published.resolve("breakdowns.csv"));
        List<CSVRecord> sheet = PublishedWorkbook.breakdowns(workbook);
        Map<String, CSVRecord> shown = new java.util.HashMap<>();
        sheet.forEach(r -> shown.put(r.get("attribute") + "|" + r.get("attribute_value") + "|" + r.get("metric"), r));
        assertThat(shown).hasSameSizeAs(csv);
        for (CSVRecord row : csv) {
            CSVRecord cell = shown.get(row.get("attribute") + "|" + row.get("attribute_value") + "|" + row.get("metric"));
            assertThat(cell.get("suppressed")).as(row.toString()).isEqualTo(row.get("suppressed"));
            if (row.get("suppressed").equals("true")) {
                assertThat(cell.get("value")).as(row.toString()).isEmpty();
            } else if (!row.get("value").isEmpty()) {
                assertThat(Double.parseDouble(cell.get("value"))).as(row.toString())
                        .isCloseTo(Double.parseDouble(row.get("value")), org.assertj.core.api.Assertions.offset(1e-6));
            }
        }

        List<CSVRecord> everything = new java.util.ArrayList<>(csv);
        everything.addAll(sheet);
        Map<String, CSVRecord> metrics = GoldenComparison.read(published.resolve("metrics.csv"));
        Map<String, Double> totals = PublishedWorkbook.activationTotals(workbook);
        assertThat(totals.get("mentees")).isEqualTo(37.0);
        assertThat(new BreakdownAttacker(everything, metrics).knowingTotals(totals).recoveredSuppressedCells())
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void noCellComesBackEvenForAnAttackerWhoKnowsEveryMenteeHasAGender(String kind) throws IOException {
        Path published = monthly(kind, 0);

        List<CSVRecord> breakdowns = SubtractionAttackIntegrationTests.records(published.resolve("breakdowns.csv"));
        Map<String, CSVRecord> metrics = GoldenComparison.read(published.resolve("metrics.csv"));
        // the small group alone is not enough: a second value is hidden with it
        assertThat(breakdowns).filteredOn(r -> r.get("attribute").equals("gender") && r.get("metric").equals("mentees")
                && r.get("suppressed").equals("true")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(new BreakdownAttacker(breakdowns, metrics).knowingEveryoneHasAValue().recoveredSuppressedCells())
                .isEmpty();
    }

    /**
     * 8 mentors and 36 + {@code withoutGender} mentees: 3 nonbinary, the rest women and men; 24 matched,
     * 12 of them met; 30 answered.
     */
    private Path monthly(String kind, int withoutGender) {
        StringBuilder employees = new StringBuilder("employee_id,department,location,job_level,hire_date,"
                + "termination_date,termination_reason,manager_id,gender,generation\n");
        StringBuilder enrolments = new StringBuilder("programme_id,cohort,employee_id,role,enrolled_on,exited_on,"
                + "exit_reason\n");
        StringBuilder matches = new StringBuilder("match_id,programme_id,cohort,mentor_id,mentee_id,matched_on,"
                + "ended_on\n");
        StringBuilder sessions = new StringBuilder("session_id,programme_id,match_id,started_at,duration_minutes,"
                + "status,channel,attendee_ids\n");
        StringBuilder responses = new StringBuilder("response_id,survey_id,programme_id,respondent_id,role,"
                + "submitted_at,satisfaction,nps,comment\n");
        for (int m = 1; m <= 8; m++) {
            employees.append("T").append(m).append(",Sales,London,5,2015-01-01,,,,woman,x\n");
            enrolments.append("career,2026-spring,T").append(m).append(",mentor,2026-01-02,,\n");
        }
        int mentees = 36 + withoutGender;
        for (int i = 1; i <= mentees; i++) {
            String gender = i <= 3 ? "nonbinary" : i > 36 ? "" : GENDERS.get(i % 2);
            employees.append("E").append(i).append(",Sales,London,3,2020-01-01,,,,").append(gender).append(',')
                    .append(i % 3 == 0 ? "z" : "x").append('\n');
            enrolments.append("career,2026-spring,E").append(i).append(",mentee,2026-01-02,,\n");
            if (i % 3 != 1) {
                String match = "M" + i;
                matches.append(match).append(",career,2026-spring,T").append(1 + i % 8).append(",E").append(i)
                        .append(",2026-01-05,\n");
                if (i % 2 == 0) {
                    sessions.append('S').append(i).append(",career,").append(match)
                            .append(",2026-01-20T10:00:00Z,60,held,video,T").append(1 + i % 8).append(";E").append(i)
                            .append('\n');
                }
            }
            if (i % 6 != 5) {
                responses.append('R').append(i).append(",pulse,career,E").append(i).append(",mentee,2026-02-10T10:00:00Z,")
                        .append(1 + i % 5).append(',').append(i % 11).append(",\n");
            }
        }
        Path input = new InputFolderBuilder()
                .file("employees.csv", employees.toString())
                .file("job_history.csv", "employee_id,effective_date,event,job_level\n")
                .file("enrolments.csv", enrolments.toString())
                .file("matches.csv", matches.toString())
                .file("sessions-2026-01.csv", sessions.toString())
                .without("sessions-2026-02.csv")
                .file("survey_responses.csv", responses.toString())
                .writeTo(work.resolve("in"));
        CommandResult result = MentorLensCli.run(TestDatabase.create(kind, "breakdown_attack"), "monthly", "--period",
                PERIOD, "--input", input.toString(), "--output", work.resolve("out").toString(), "--breakdowns",
                "gender,generation");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return work.resolve("out").resolve(PERIOD).resolve("career");
    }
}
