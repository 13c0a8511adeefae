package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inputs of docs/metrics.md end to end, on both databases: the optional goals source with its
 * bad-row rules, counts and reuse of unchanged files, the optional mentor_capacity column and the
 * employee attributes kept as text.
 */
class HealthInputsIntegrationTests {

    private static final String GOALS_HEADER = "goal_id,match_id,set_on,due_on,achieved_on,title\n";

    @TempDir
    Path work;


    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void runsWithoutGoalsCapacityOrAttributesAndCountsNoGoals(String kind) throws IOException {
        TestDatabase db = TestDatabase.create(kind, "no_goals");

        CommandResult result = monthly(db, new InputFolderBuilder().writeTo(work.resolve("in")), "2026-02");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("(?m)^goals\\s+0\\s+0\\s+0\\s+0\\s+0\\s*$");
        assertThat(Files.readString(work.resolve("out/2026-02/rejects/goals.csv"))).isEqualTo("file,line,reason,raw\n");
        assertThat(db.jdbc().queryForObject("select count(*) from programme where mentor_capacity is null",
                Integer.class)).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void rejectsGoalsDatedBeforeTheyWereSetOrOfUnknownMatchesAndCountsRepeatsAcrossFiles(String kind)
            throws IOException {
        Path input = new InputFolderBuilder()
                .file("goals-1.csv", GOALS_HEADER + """
                        G1,M1,2026-01-10,2026-03-01,,"Lead a meeting, then ""reflect""\"
                        G2,M1,2026-01-10,2026-01-09,,due before set
                        G3,M2,2026-01-10,,2026-01-09,achieved before set
                        G4,M9,2026-01-10,,,unknown match
                        G5,M2,2026-01-10,,,"two
                        lines"
                        G6,M1,2026-02-30,,,not a date
                        """)
                .file("goals-2.csv", """
                        Title,Set_On,goal_id,match_id,due_on,achieved_on,owner
                        "two
                        lines",2026-01-10,G5,M2,,,hr
                        =1+1,2026-01-10,G1,M1,2026-03-01,,hr
                        set after the mentee left,2026-01-25,G7,M1,,,hr
                        """)
                .file("employees.csv", """
                        employee_id,department,location,job_level,hire_date,termination_date,termination_reason,manager_id
                        E1,Sales,London,5,2020-01-01,,,
                        E2,Finance,London,3,2021-01-01,2026-01-20,voluntary,E1
                        E3,Sales,Berlin,6,2019-01-01,,,
                        E4,Legal,Berlin,2,2022-01-01,,,E3
                        E5,Sales,Paris,4,2018-01-01,,,
                        E6,Finance,Paris,2,2022-06-01,2026-01-20,voluntary,E5
                        """)
                .writeTo(work.resolve("in"));
        TestDatabase db = TestDatabase.create(kind, "goal_rules");

        CommandResult result = monthly(db, input, "2026-01");

        assertThat(result.exitCode()).as(result.err()).isZero();
        // 9 rows: G1, G5 and G7 accepted; G2, G3, G4, G6 and G1 again (other title) rejected; G5 again a duplicate.
        assertThat(result.out()).containsPattern("(?m)^goals\\s+9\\s+3\\s+5\\s+1\\s+2\\s*$");
        // (E2 leaving on 2026-01-20 also rejects a February session; only the goals matter here.)
        assertThat(rejectedLines()).filteredOn(line -> line.startsWith("goals")).containsExactly("goals-1.csv:3 due_on before set_on",
                "goals-1.csv:4 achieved_on before set_on", "goals-1.csv:5 unknown match",
                "goals-1.csv:8 set_on is not a valid date", "goals-2.csv:4 key repeats an earlier row with different content");
        assertThat(db.jdbc().queryForList("select title from goal order by goal_id", String.class))
                .containsExactly("Lead a meeting, then \"reflect\"", "two\nlines", "set after the mentee left");
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void parsesOnlyANewGoalsFileOnTheNextRun(String kind) {
        InputFolderBuilder folder = new InputFolderBuilder().file("goals-1.csv", GOALS_HEADER + "G1,M1,2026-01-10,,,\n");
        TestDatabase db = TestDatabase.create(kind, "goal_files");
        CommandResult february = monthly(db, folder.writeTo(work.resolve("in")), "2026-02");

        folder.file("goals-2.csv", GOALS_HEADER + "G2,M2,2026-03-01,,2026-03-20,\nG1,M1,2026-01-10,,,\n");
        CommandResult march = monthly(db, folder.writeTo(work.resolve("in")), "2026-03");

        assertThat(february.exitCode()).as(february.err()).isZero();
        assertThat(march.exitCode()).as(march.err()).isZero();
        assertThat(march.out()).containsPattern("(?m)^goals\\s+3\\s+2\\s+0\\s+1\\s+2\\s*$");
        assertThat(db.jdbc().queryForObject("select read_count from batch_step_execution where step_name like"
                + " 'ingestGoalsStep' order by step_execution_id desc limit 1", Long.class)).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void keepsExtraEmployeeColumnsAsAttributesThatDecideWhetherARepeatIsIdentical(String kind) {
        Path input = new InputFolderBuilder()
                .file("programmes.csv", """
                        programme_id,name,format,start_date,end_date,expected_cadence_days,owner_email,mentor_capacity
                        career,Career Mentoring,one_to_one,2026-01-01,,30,owner@example.com,2
                        circles,Circles,group,2026-01-01,,14,,0
                        """)
                .file("employees.csv", """
                        employee_id,department,location,job_level,hire_date,termination_date,termination_reason,manager_id,Gender ,generation
                        E1,Sales,London,5,2020-01-01,,,,woman,"Gen X, late"
                        E2,Finance,London,3,2021-01-01,,,E1,,Millennials
                        E3,Sales,Berlin,6,2019-01-01,,,,man,
                        E4,Legal,Berlin,2,2022-01-01,,,E3,non-binary,Gen Z
                        E5,Sales,Paris,4,2018-01-01,,,,,
                        E6,Finance,Paris,2,2022-06-01,2026-01-20,voluntary,E5,woman,Gen Z
                        E1,Sales,London,5,2020-01-01,,,,woman,"Gen X, late"
                        E3,Sales,Berlin,6,2019-01-01,,,,woman,
                        """)
                .writeTo(work.resolve("in"));
        TestDatabase db = TestDatabase.create(kind, "attributes");

        CommandResult result = monthly(db, input, "2026-02");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("(?m)^employees\\s+8\\s+6\\s+1\\s+1\\s");
        assertThat(result.out()).containsPattern("(?m)^programmes\\s+2\\s+1\\s+1\\s+0\\s");
        JdbcTemplate jdbc = db.jdbc();
        assertThat(EmployeeAttributes.decode(jdbc.queryForObject(
                "select attributes from employee where employee_id = 'E1'", String.class)))
                .containsExactly(Map.entry("gender", "woman"), Map.entry("generation", "Gen X, late"));
        assertThat(EmployeeAttributes.decode(jdbc.queryForObject(
                "select attributes from employee where employee_id = 'E2'", String.class)))
                .containsOnlyKeys("generation");
        assertThat(jdbc.queryForObject("select attributes from employee where employee_id = 'E5'", String.class))
                .isNull();
        assertThat(jdbc.queryForObject("select mentor_capacity from programme where programme_id = 'career'",
                Integer.class)).isEqualTo(2);
        assertThat(rejectedLines()).contains("employees.csv:9 key repeats an earlier row with different content",
                "programmes.csv:3 mentor_capacity is out of range 1-50");
    }

    private CommandResult monthly(TestDatabase db, Path input, String period) {
        return MentorLensCli.run(db, "monthly", "--period", period, "--input", input.toString(), "--output",
                work.resolve("out").toString(), "--max-reject-ratio", "1");
    }

    /** "file:line reason" of every reject of every source of the latest published period. */
    private List<String> rejectedLines() {
        try (var periods = Files.list(work.resolve("out"))) {
            Path period = periods.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}")).sorted()
                    .reduce((a, b) -> b).orElseThrow();
            List<String> lines = new ArrayList<>();
            try (var files = Files.list(period.resolve("rejects"))) {
                for (Path file : files.sorted().toList()) {
                    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                                .parse(reader)) {
                            lines.add(row.get("file") + ":" + row.get("line") + " " + row.get("reason"));
                        }
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
