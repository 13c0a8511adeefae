package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9 point 3: each subtraction attack, tried on the product's own published files. The product
 * runs on a small folder made for the attack; the test then plays the attacker with nothing but
 * metrics.csv, the comparison CSV and comments.csv, and fails if it recovers a suppressed value or a
 * comment of a group below the comment threshold.
 */
class SubtractionAttackIntegrationTests {

    private static final String PERIOD = "2026-02";

    @TempDir
    Path work;

    private final StringBuilder employees = new StringBuilder(
            "employee_id,department,location,job_level,hire_date,termination_date,termination_reason,manager_id\n");
    private final StringBuilder enrolments = new StringBuilder(
            "programme_id,cohort,employee_id,role,enrolled_on,exited_on,exit_reason\n");
    private final StringBuilder responses = new StringBuilder(
            "response_id,survey_id,programme_id,respondent_id,role,submitted_at,satisfaction,nps,comment\n");
    private int people;


    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void combiningTheCohortAndRolePartitionsDoesNotGiveTheLoneMentorsScore(String kind) throws IOException {
        // (a) cohort a: 1 mentor and 5 mentees; cohort b: 5 and 5.
        answer("a", "mentor", 1, 1, "");
        answer("a", "mentee", 5, 4, "");
        answer("b", "mentor", 5, 3, "");
        answer("b", "mentee", 5, 5, "");

        Path published = monthly(kind);

        Map<String, CSVRecord> metrics = GoldenComparison.read(published.resolve("metrics.csv"));
        assertThat(metrics.get("career|a|satisfaction_mean_mentor").get("suppressed")).isEqualTo("true");
        assertThat(metrics.get("career|ALL|satisfaction_mean_mentor").get("value")).isNotEmpty();
        assertThat(new SubtractionAttacker(metrics).recoveredSuppressedValues()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void theComparisonDoesNotGiveAwayTheSizeOfACohortHiddenByDifferencing(String kind) throws IOException {
        // (b) x (3) is hidden by its n, y (6) by differencing; y vs z must not publish n(y) + n(z).
        answer("x", "mentee", 3, 2, "");
        answer("y", "mentee", 6, 4, "");
        answer("z", "mentee", 8, 5, "");
        Path published = monthly(kind);

        CommandResult compare = MentorLensCli.run(db, "compare", "--programme", "career", "--cohorts", "y,z",
                "--period", PERIOD, "--input", input.toString(), "--output", work.resolve("out").toString());

        assertThat(compare.exitCode()).as(compare.err()).isZero();
        Map<String, CSVRecord> metrics = GoldenComparison.read(published.resolve("metrics.csv"));
        assertThat(metrics.get("career|y|respondents").get("suppressed")).isEqualTo("true");
        SubtractionAttacker attacker = new SubtractionAttacker(metrics);
        attacker.learnComparison("y", "z",
                records(work.resolve("out/compare/career/y-vs-z-" + PERIOD + ".csv")));
        assertThat(attacker.recoveredSuppressedValues()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void theAllCommentListMinusTheCohortListsGivesNoSmallCohortsComments(String kind) throws IOException {
        // (c) a has 12 respondents, b only 3; ALL (15) reaches the comment threshold of 10.
        answer("a", "mentee", 12, 4, "about the programme");
        answer("b", "mentee", 3, 2, "secret of b");

        Path published = monthly(kind);

        List<CSVRecord> comments = records(published.resolve("comments.csv"));
        List<String> all = texts(comments, "ALL");
        assertThat(all).as("the ALL list is shown").hasSize(15);
        List<String> left = new ArrayList<>(all);
        comments.stream().filter(c -> !c.get("cohort").equals("ALL")).forEach(c -> left.remove(c.get("comment")));
        boolean someCohortListShown = comments.stream().anyMatch(c -> !c.get("cohort").equals("ALL"));
        List<String> recovered = someCohortListShown ? left : List.of();
        assertThat(recovered).noneMatch(text -> text.startsWith("secret of b"));
        assertThat(texts(comments, "b")).isEmpty();
    }

    private TestDatabase db;
    private Path input;

    /** {@code count} new people of a cohort answer in a role with one satisfaction score each. */
    private void answer(String cohort, String role, int count, int satisfaction, String comment) {
        for (int i = 0; i < count; i++) {
            String id = "P" + (++people);
            employees.append(id).append(",Sales,London,3,2020-01-01,,,\n");
            enrolments.append("career,").append(cohort).append(',').append(id).append(',').append(role)
                    .append(",2026-01-02,,\n");
            int score = Math.max(1, Math.min(5, satisfaction + (i % 2 == 0 ? 0 : (satisfaction < 5 ? 1 : -1))));
            responses.append('R').append(people).append(",pulse,career,").append(id).append(',').append(role)
                    .append(",2026-02-10T10:00:00Z,").append(score).append(',').append(i % 11).append(',')
                    .append(comment.isEmpty() ? "" : comment + " " + people).append('\n');
        }
    }

    private Path monthly(String kind) {
        input = new InputFolderBuilder()
                .file("employees.csv", employees.toString())
                .file("job_history.csv", "employee_id,effective_date,event,job_level\n")
                .file("enrolments.csv", enrolments.toString())
                .file("matches.csv", "match_id,programme_id,cohort,mentor_id,mentee_id,matched_on,ended_on\n")
                .file("sessions-2026-01.csv", "session_id,programme_id,match_id,started_at,duration_minutes,status,"
                        + "channel,attendee_ids\n")
                .without("sessions-2026-02.csv")
                .file("survey_responses.csv", responses.toString())
                .writeTo(work.resolve("in"));
        db = TestDatabase.create(kind, "attack");
        CommandResult result = MentorLensCli.run(db, "monthly", "--period", PERIOD, "--input", input.toString(),
                "--output", work.resolve("out").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        return work.resolve("out").resolve(PERIOD).resolve("career");
    }

    private static List<String> texts(List<CSVRecord> comments, String cohort) {
        return comments.stream().filter(c -> c.get("cohort").equals(cohort)).map(c -> c.get("comment")).toList();
    }

    static List<CSVRecord> records(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
