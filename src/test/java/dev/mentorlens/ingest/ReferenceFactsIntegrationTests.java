package dev.mentorlens.ingest;

import static dev.mentorlens.ingest.IdempotentIngestIntegrationTests.differences;
import static dev.mentorlens.ingest.IdempotentIngestIntegrationTests.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A new employees export: the sources that refer to employees (and, through the matches, the goals) are judged
 * again only when what their checks read of the employees changed (who exists, who left when). On PostgreSQL
 * the others keep their verdicts, their rows untouched; on H2 they are read again. Either way the tables end
 * as a first run on the new folder leaves them.
 */
class ReferenceFactsIntegrationTests {

    private static final List<String> DEPENDENT_TABLES = List.of("job_event", "enrolment", "mentoring_match",
            "mentoring_session", "session_attendee", "survey_response", "goal", "ingest_reject", "ingest_duplicate");

    private static final String EMPLOYEES = """
            employee_id,department,location,job_level,hire_date,termination_date,termination_reason,manager_id
            E1,Sales,London,5,2020-01-01,,,
            E2,Finance,London,3,2021-01-01,,,E1
            E3,Sales,Berlin,6,2019-01-01,,,
            E4,Legal,Berlin,2,2022-01-01,,,E3
            E5,Sales,Paris,4,2018-01-01,,,
            E6,Finance,Paris,2,2022-06-01,2026-01-20,voluntary,E5
            """;

    @TempDir
    Path work;

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void anExportThatOnlyChangesJobLevelsKeepsTheVerdictsOfTheSourcesReferringToEmployees(String kind) {
        InputFolderBuilder folder = withGoals(new InputFolderBuilder());
        TestDatabase db = TestDatabase.create(kind, "facts_same");
        assertThat(run(db, folder.writeTo(work.resolve("in")), "2026-02").exitCode()).isZero();
        Map<String, String> before = rowVersions(db);

        folder.file("employees.csv", EMPLOYEES.replace("E2,Finance,London,3", "E2,Finance,London,4")
                .replace("E5,Sales,Paris,4", "E5,Sales,Paris,5"));
        CommandResult march = run(db, folder.writeTo(work.resolve("in")), "2026-03");

        assertThat(march.exitCode()).as(march.err()).isZero();
        assertThat(db.jdbc().queryForObject("select job_level from employee where employee_id = 'E2'", Integer.class))
                .isEqualTo(4);
        if (kind.equals("postgres")) {
            assertThat(rowVersions(db)).isEqualTo(before);
        }
        assertThat(rowsReadByLastStep(db.jdbc(), "ingestSessionsStep")).isEqualTo(kind.equals("postgres") ? 0 : 5);
        assertThat(unfinishedFiles(db.jdbc())).isZero();
        assertSameAsAFirstRun(kind, db, "facts_same_fresh");
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void anEarlierTerminationJudgesTheDependentsAgainAndRejectsTheSessionAfterIt(String kind) {
        InputFolderBuilder folder = withGoals(new InputFolderBuilder());
        TestDatabase db = TestDatabase.create(kind, "facts_left");
        assertThat(run(db, folder.writeTo(work.resolve("in")), "2026-02").exitCode()).isZero();
        Map<String, String> before = rowVersions(db);

        // E4 now left before S5 (E3;E4 on 2026-02-12)
        folder.file("employees.csv", EMPLOYEES.replace("E4,Legal,Berlin,2,2022-01-01,,,E3",
                "E4,Legal,Berlin,2,2022-01-01,2026-02-01,other,E3"));
        CommandResult march = run(db, folder.writeTo(work.resolve("in")), "2026-03");

        assertThat(march.exitCode()).as(march.err()).isZero();
        assertThat(march.out()).containsPattern("(?m)^sessions\\s+5\\s+4\\s+1\\s+0\\s+2");
        assertThat(db.jdbc().queryForList("select reason from ingest_reject where source = 'sessions'", String.class))
                .singleElement().asString().contains(SessionRules.AFTER_TERMINATION);
        if (kind.equals("postgres")) {
            assertThat(rowVersions(db).get("mentoring_session")).isNotEqualTo(before.get("mentoring_session"));
        }
        assertSameAsAFirstRun(kind, db, "facts_left_fresh");
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void anEmployeeGoneFromTheExportRejectsWhatReferredToThemDownToTheGoalsOfTheirMatch(String kind) {
        InputFolderBuilder folder = withGoals(new InputFolderBuilder());
        TestDatabase db = TestDatabase.create(kind, "facts_gone");
        assertThat(run(db, folder.writeTo(work.resolve("in")), "2026-02").exitCode()).isZero();

        folder.file("employees.csv", EMPLOYEES.replace("E3,Sales,Berlin,6,2019-01-01,,,\n", ""));
        CommandResult march = run(db, folder.writeTo(work.resolve("in")), "2026-03");

        assertThat(march.exitCode()).as(march.err()).isZero();
        JdbcTemplate jdbc = db.jdbc();
        assertThat(jdbc.queryForList("select match_id from mentoring_match", String.class)).containsExactly("M1");
        assertThat(jdbc.queryForList("select goal_id from goal", String.class)).containsExactly("G1");
        assertThat(jdbc.queryForList("select session_id from mentoring_session order by session_id", String.class))
                .containsExactly("S1", "S4");
        assertThat(jdbc.queryForObject("select count(*) from enrolment where employee_id = 'E3'", Integer.class))
                .isZero();
        assertSameAsAFirstRun(kind, db, "facts_gone_fresh");
    }

    private static InputFolderBuilder withGoals(InputFolderBuilder folder) {
        return folder.file("goals.csv", """
                goal_id,match_id,set_on,due_on,achieved_on,title
                G1,M1,2026-01-06,2026-06-30,,Lead a team
                G2,M2,2026-01-06,,,Present to the board
                """);
    }

    private void assertSameAsAFirstRun(String kind, TestDatabase db, String name) {
        TestDatabase fresh = TestDatabase.create(kind, name);
        assertThat(run(fresh, work.resolve("in"), "2026-03").exitCode()).isZero();
        assertThat(differences(snapshot(db.jdbc()), snapshot(fresh.jdbc()))).isEmpty();
    }

    private CommandResult run(TestDatabase db, Path input, String period) {
        return MentorLensCli.run(db, "monthly", "--period", period, "--input", input.toString(), "--output",
                work.resolve("out").toString(), "--max-reject-ratio", "1");
    }

    /**
     * Per table of what the sources after the employees were judged into, the row versions (PostgreSQL's xmin)
     * in a stable order: equal only when no row was deleted and written again. None on H2.
     */
    private static Map<String, String> rowVersions(TestDatabase db) {
        Map<String, String> versions = new LinkedHashMap<>();
        if (!db.kind().equals("postgres")) {
            return versions;
        }
        for (String table : DEPENDENT_TABLES) {
            versions.put(table, db.jdbc().queryForObject("select string_agg(xmin::text, ',' order by ctid) from "
                    + table + (table.startsWith("ingest_") ? " where source <> 'employees'" : ""), String.class));
        }
        return versions;
    }

    private static long rowsReadByLastStep(JdbcTemplate jdbc, String step) {
        return jdbc.queryForObject("select read_count from batch_step_execution where step_name = ?"
                + " order by step_execution_id desc limit 1", Long.class, step);
    }

    private static int unfinishedFiles(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from ingest_file where status <> 'done'", Integer.class);
    }
}
