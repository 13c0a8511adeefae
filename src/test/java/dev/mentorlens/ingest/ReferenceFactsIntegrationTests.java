package dev.mentorlens.ingest;

import static dev.mentorlens.ingest.IdempotentIngestIntegrationTests.differences;
import static dev.mentorlens.ingest.IdempotentIngestIntegrationTests.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

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

    @TempDir
    Path work;

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void anExportThatOnlyChangesJobLevelsKeepsTheVerdictsOfTheSourcesReferringToEmployees(String kind) {
        Rerun rerun = rerunAfterExport(kind, "facts_same", employees -> employees
                .replace("E2,Finance,London,3", "E2,Finance,London,4").replace("E5,Sales,Paris,4", "E5,Sales,Paris,5"));

        JdbcTemplate jdbc = rerun.db().jdbc();
        assertThat(jdbc.queryForObject("select job_level from employee where employee_id = 'E2'", Integer.class))
                .isEqualTo(4);
        assertThat(rowVersions(rerun.db())).isEqualTo(rerun.versionsBefore());
        assertThat(rowsReadByLastStep(jdbc, "ingestSessionsStep")).isEqualTo(kind.equals("postgres") ? 0 : 5);
        assertThat(jdbc.queryForObject("select count(*) from ingest_file where status <> 'done'", Integer.class))
                .isZero();
        assertSameAsAFirstRun(kind, rerun.db(), "facts_same_fresh");
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void anEarlierTerminationJudgesTheDependentsAgainAndRejectsTheSessionAfterIt(String kind) {
        // E4 now left before S5 (E3;E4 on 2026-02-12)
        Rerun rerun = rerunAfterExport(kind, "facts_left", employees -> employees
                .replace("E4,Legal,Berlin,2,2022-01-01,,,E3", "E4,Legal,Berlin,2,2022-01-01,2026-02-01,other,E3"));

        assertThat(rerun.march().out()).containsPattern("(?m)^sessions\\s+5\\s+4\\s+1\\s+0\\s+2");
        assertThat(rerun.db().jdbc().queryForList("select reason from ingest_reject where source = 'sessions'",
                String.class)).singleElement().asString().contains(SessionRules.AFTER_TERMINATION);
        if (kind.equals("postgres")) {
            Map<String, String> after = rowVersions(rerun.db());
            for (String table : List.of("job_event", "mentoring_session")) {
                assertThat(after.get(table)).as(table).isNotEqualTo(rerun.versionsBefore().get(table));
            }
        }
        assertSameAsAFirstRun(kind, rerun.db(), "facts_left_fresh");
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void anEmployeeGoneFromTheExportRejectsWhatReferredToThemDownToTheGoalsOfTheirMatch(String kind) {
        Rerun rerun = rerunAfterExport(kind, "facts_gone", employees -> employees
                .replace("E3,Sales,Berlin,6,2019-01-01,,,\n", ""));

        JdbcTemplate jdbc = rerun.db().jdbc();
        assertThat(jdbc.queryForList("select match_id from mentoring_match", String.class)).containsExactly("M1");
        assertThat(jdbc.queryForList("select goal_id from goal", String.class)).containsExactly("G1");
        assertThat(jdbc.queryForList("select session_id from mentoring_session order by session_id", String.class))
                .containsExactly("S1", "S4");
        assertThat(jdbc.queryForObject("select count(*) from enrolment where employee_id = 'E3'", Integer.class))
                .isZero();
        assertSameAsAFirstRun(kind, rerun.db(), "facts_gone_fresh");
    }

    /** A February run on the folder with goals, then a March run after {@code export} changed employees.csv. */
    private Rerun rerunAfterExport(String kind, String name, UnaryOperator<String> export) {
        InputFolderBuilder folder = withGoals(new InputFolderBuilder());
        TestDatabase db = TestDatabase.create(kind, name);
        assertThat(run(db, folder.writeTo(work.resolve("in")), "2026-02").exitCode()).isZero();
        Map<String, String> before = rowVersions(db);
        CommandResult march = run(db, folder.edit("employees.csv", export).writeTo(work.resolve("in")), "2026-03");
        assertThat(march.exitCode()).as(march.err()).isZero();
        return new Rerun(db, before, march);
    }

    private record Rerun(TestDatabase db, Map<String, String> versionsBefore, CommandResult march) {
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
}
