package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reruns leave exactly the same rows; files already ingested (same sha256) are not parsed again. */
class IdempotentIngestIntegrationTests {

    @TempDir
    Path work;


    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void rerunOfAPeriodLeavesExactlyTheSameRowsAndParsesNothingAgain(String kind) {
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));
        TestDatabase db = TestDatabase.create(kind, "rerun");

        CommandResult first = run(db, "monthly", input, "2026-02");
        java.util.Map<String, List<String>> before = snapshot(db.jdbc());
        CommandResult again = run(db, "monthly", input, "2026-02");
        CommandResult rerun = run(db, "rerun", input, "2026-02");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already completed").contains("rerun");
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).containsPattern("(?m)^sessions\\s+5\\s+5\\s+0\\s+0\\s+2");
        assertThat(differences(snapshot(db.jdbc()), before)).isEmpty();
        assertThat(rowsReadByLastSessionsStep(db.jdbc())).isZero();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aNewMonthlyFileIsTheOnlyOneParsed(String kind) {
        InputFolderBuilder folder = new InputFolderBuilder();
        TestDatabase db = TestDatabase.create(kind, "new_file");
        run(db, "monthly", folder.writeTo(work.resolve("in")), "2026-02");

        folder.file("sessions-2026-03.csv", """
                session_id,programme_id,match_id,started_at,duration_minutes,status,channel,attendee_ids
                S6,career,M1,2026-03-10T10:00:00+01:00,60,held,video,E1;E2
                S1,career,M1,2026-01-10T10:00:00+01:00,60,held,video,E1;E2
                """);
        CommandResult march = run(db, "monthly", folder.writeTo(work.resolve("in")), "2026-03");

        assertThat(march.exitCode()).as(march.err()).isZero();
        assertThat(rowsReadByLastSessionsStep(db.jdbc())).isEqualTo(2);
        assertThat(march.out()).containsPattern("(?m)^sessions\\s+7\\s+6\\s+0\\s+1\\s+3");
    }

    /**
     * On PostgreSQL the sessions, whose files did not change, are judged again from their staged records
     * without reading the files; on H2 they are read again. Either way the tables end as a first run on the
     * new folder leaves them.
     */
    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aChangedUpstreamFileReingestsTheSourcesThatReferToIt(String kind) {
        InputFolderBuilder folder = new InputFolderBuilder();
        TestDatabase db = TestDatabase.create(kind, "changed");
        run(db, "monthly", folder.writeTo(work.resolve("in")), "2026-02");

        // E4 now left before the sessions of February: S5 (E3;E4 on 2026-02-12) must now be rejected
        folder.file("employees.csv", """
                employee_id,department,location,job_level,hire_date,termination_date,termination_reason,manager_id
                E1,Sales,London,5,2020-01-01,,,
                E2,Finance,London,3,2021-01-01,,,E1
                E3,Sales,Berlin,6,2019-01-01,,,
                E4,Legal,Berlin,2,2022-01-01,2026-02-01,other,E3
                E5,Sales,Paris,4,2018-01-01,,,
                E6,Finance,Paris,2,2022-06-01,2026-01-20,voluntary,E5
                """);
        CommandResult march = run(db, "monthly", folder.writeTo(work.resolve("in")), "2026-03");

        assertThat(march.exitCode()).as(march.err()).isZero();
        assertThat(march.out()).containsPattern("(?m)^sessions\\s+5\\s+4\\s+1\\s+0\\s+2");
        assertThat(db.jdbc().queryForObject("select count(*) from mentoring_session where session_id = 'S5'",
                Integer.class)).isZero();
        assertThat(rowsReadByLastSessionsStep(db.jdbc())).isEqualTo(kind.equals("postgres") ? 0 : 5);
        TestDatabase fresh = TestDatabase.create(kind, "changed_fresh");
        assertThat(run(fresh, "monthly", work.resolve("in"), "2026-03").exitCode()).isZero();
        assertThat(differences(snapshot(db.jdbc()), snapshot(fresh.jdbc()))).isEmpty();
    }

    private CommandResult run(TestDatabase db, String command, Path input, String period) {
        return MentorLensCli.run(db, command, "--period", period, "--input", input.toString(), "--output",
                work.resolve("out").toString(), "--max-reject-ratio", "1");
    }

    private static long rowsReadByLastSessionsStep(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select read_count from batch_step_execution where step_name like 'ingestSessionsStep'"
                + " order by step_execution_id desc limit 1", Long.class);
    }

    /** Every accepted, rejected and duplicate row, in a stable order, one line per row, per table. */
    static java.util.Map<String, List<String>> snapshot(JdbcTemplate jdbc) {
        java.util.Map<String, List<String>> tables = new java.util.LinkedHashMap<>();
        for (String query : List.of(
                "select row_key, row_hash, source_file, source_line from programme order by row_key",
                "select row_key, row_hash, source_file, source_line from employee order by row_key",
                "select row_key, row_hash, source_file, source_line from job_event order by row_key",
                "select row_key, row_hash, source_file, source_line from enrolment order by row_key",
                "select row_key, row_hash, source_file, source_line from mentoring_match order by row_key",
                "select row_key, row_hash, source_file, source_line, session_date from mentoring_session order by row_key",
                "select session_id, employee_id from session_attendee order by session_id, employee_id",
                "select row_key, row_hash, source_file, source_line, submitted_date from survey_response order by row_key",
                "select row_key, row_hash, source_file, source_line from goal order by row_key",
                "select source, source_file, source_line, reason from ingest_reject order by source, source_file, source_line",
                "select source, source_file, source_line from ingest_duplicate order by source, source_file, source_line",
                "select source, file_name, sha256, rows_read, accepted, rejected, duplicates, status from ingest_file"
                        + " order by source, position")) {
            List<String> rows = new java.util.ArrayList<>();
            jdbc.query(query, rs -> {
                StringBuilder row = new StringBuilder();
                int columns = rs.getMetaData().getColumnCount();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            });
            tables.put(query.substring(query.indexOf(" from ") + 6, query.indexOf(' ', query.indexOf(" from ") + 6)), rows);
        }
        return tables;
    }

    /** Per table, the first rows only one of the two snapshots holds; empty when they are equal. */
    static String differences(java.util.Map<String, List<String>> actual, java.util.Map<String, List<String>> expected) {
        StringBuilder text = new StringBuilder();
        for (String table : expected.keySet()) {
            List<String> extra = new java.util.ArrayList<>(actual.get(table));
            extra.removeAll(expected.get(table));
            List<String> missing = new java.util.ArrayList<>(expected.get(table));
            missing.removeAll(actual.get(table));
            if (!extra.isEmpty() || !missing.isEmpty() || actual.get(table).size() != expected.get(table).size()) {
                text.append(table).append(": ").append(actual.get(table).size()).append(" rows, expected ")
                        .append(expected.get(table).size()).append("; unexpected ")
                        .append(extra.subList(0, Math.min(10, extra.size()))).append("; missing ")
                        .append(missing.subList(0, Math.min(10, missing.size()))).append('\n');
            }
        }
        return text.toString();
    }
}
