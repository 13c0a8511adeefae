package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A monthly run on the sample data stores who is behind each dormant pair, each pair that needs a check-in
 * and each bridge (from the employee table) and the workbook shows it, while the published CSV files keep
 * the columns and rows of the contract.
 */
class ActionableListsIntegrationTests {

    private static final LocalDate MONTH_END = LocalDate.of(2026, 10, 31);

    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void dormantPairsAndBridgesSayWhoThePeopleAreAndHowLongPairsHaveBeenQuiet(String kind) throws Exception {
        TestDatabase db = TestDatabase.create(kind, "actionable_lists");
        CommandResult monthly = MentorLensCli.run(db, "monthly", "--period", "2026-10", "--input", "sample-data",
                "--output", temp.resolve("out").toString());
        assertThat(monthly.exitCode()).as(monthly.err()).isZero();
        JdbcTemplate jdbc = db.jdbc();

        List<Map<String, Object>> pairs = jdbc.queryForList("select d.match_id, d.last_held, d.matched_on,"
                + " m.matched_on as match_date, d.mentor_department, e.department, d.mentee_job_level, f.job_level,"
                + " d.mentee_manager_id, f.manager_id from dormant_pair d"
                + " join mentoring_match m on m.match_id = d.match_id"
                + " join employee e on e.employee_id = d.mentor_id join employee f on f.employee_id = d.mentee_id"
                + " where d.period = '2026-10' and d.programme_id = 'career-mentoring' order by d.match_id");
        assertThat(pairs).isNotEmpty();
        for (Map<String, Object> pair : pairs) {
            assertThat(pair.get("matched_on")).isEqualTo(pair.get("match_date"));
            assertThat(pair.get("mentor_department")).isNotNull().isEqualTo(pair.get("department"));
            assertThat(pair.get("mentee_job_level")).isEqualTo(pair.get("job_level"));
            assertThat(pair.get("mentee_manager_id")).isEqualTo(pair.get("manager_id"));
        }
        assertThat(jdbc.queryForObject("select count(*) from network_bridge b join employee e on"
                + " e.employee_id = b.employee_id where b.period = '2026-10' and (b.department is null or"
                + " b.department <> e.department or b.job_level <> e.job_level)", Long.class)).isZero();

        Path folder = temp.resolve("out/2026-10/career-mentoring");
        assertThat(Files.readAllLines(folder.resolve("dormant-pairs.csv")).get(0))
                .isEqualTo("match_id,cohort,mentor_id,mentee_id,last_held");
        try (XSSFWorkbook workbook = new XSSFWorkbook(folder.resolve("career-mentoring-2026-10.xlsx").toFile())) {
            Sheet sheet = workbook.getSheet("Dormant pairs");
            Map<String, Object> first = pairs.get(0);
            Row row = ProgrammeWorkbookTests.find(sheet, (String) first.get("match_id")).getRow();
            List<String> shown = ProgrammeWorkbookTests.values(row);
            LocalDate since = ((java.sql.Date) (first.get("last_held") != null ? first.get("last_held")
                    : first.get("matched_on"))).toLocalDate();
            assertThat(shown.get(3)).isEqualTo(first.get("department"));
            assertThat(shown.get(11)).isEqualTo(String.valueOf(ChronoUnit.DAYS.between(since, MONTH_END)));
            // the two pairs of metrics.csv's pairs_needs_check_in follow the dormant ones, named as such
            List<String> states = new java.util.ArrayList<>();
            for (Row listed : sheet) {
                if (listed.getRowNum() > 6 && listed.getCell(12) != null) {
                    states.add(listed.getCell(12).getStringCellValue());
                }
            }
            assertThat(states).containsExactly("dormant", "dormant", "dormant", "dormant", "needs check-in",
                    "needs check-in");
            assertThat(ProgrammeWorkbookTests.values(ProgrammeWorkbookTests.find(sheet, "Need a check-in").getRow()))
                    .containsExactly("Need a check-in", "2");
        }
        assertThat(jdbc.queryForList("select health_state from dormant_pair where period = '2026-10' and"
                + " programme_id = 'career-mentoring' order by health_state", String.class))
                .containsExactly("dormant", "dormant", "dormant", "dormant", "needs_check_in", "needs_check_in");
        assertThat(Files.readAllLines(folder.resolve("dormant-pairs.csv"))).hasSize(1 + 4);
    }
}
