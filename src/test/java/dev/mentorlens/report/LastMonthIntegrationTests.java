package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Last month" is computed in the month's own run (SPEC section 3): a first run on an empty database and a
 * run after the month before give the same workbooks, with last month's survey, promotion, retention and
 * network values filled. The first run is on H2, the run with history on PostgreSQL.
 */
class LastMonthIntegrationTests {

    private static final String PERIOD = "2026-10";

    @TempDir
    Path temp;

    @Test
    void aFirstRunAndARunAfterTheMonthBeforeWriteTheSameWorkbooksWithLastMonthFilled() throws Exception {
        TestDatabase fresh = TestDatabase.create("h2", "last_month_fresh");
        Path first = monthly(fresh, PERIOD, "fresh");
        TestDatabase withHistory = TestDatabase.create("postgres", "last_month_history");
        monthly(withHistory, "2026-09", "history");
        Path second = monthly(withHistory, PERIOD, "history");

        List<Path> workbooks = workbooks(first);
        assertThat(workbooks).hasSize(5);
        assertThat(workbooks(second)).isEqualTo(workbooks);
        for (Path workbook : workbooks) {
            assertThat(Files.readAllBytes(second.resolve(workbook))).as(workbook.toString())
                    .isEqualTo(Files.readAllBytes(first.resolve(workbook)));
        }

        Map<String, String> lastMonth = summaryLastMonth(first.resolve("career-mentoring")
                .resolve("career-mentoring-2026-10.xlsx"));
        for (String measure : List.of("Survey respondents", "Response rate", "Satisfaction (1–5)",
                "Net promoter score", "Promotions of mentees vs baseline", "Retention after 12 months, mentees",
                "Retention after 12 months, baseline", "People in the network", "Enrolled mentees")) {
            assertThat(lastMonth.get(measure)).as("Last month of " + measure).isNotBlank();
        }
        assertThat(lastMonth.get("Promotions of mentees vs baseline")).contains("range");
    }

    @Test
    void lastMonthOfARunIsWhatTheRunOfThatMonthComputed() {
        TestDatabase db = TestDatabase.create("h2", "last_month_equal");
        monthly(db, "2026-09", "out");
        monthly(db, PERIOD, "out");

        List<Map<String, Object>> computed = db.jdbc().queryForList("select programme_id, metric, metric_value, n,"
                + " ci_low, ci_high, suppressed from metric_last_month where period = ? order by programme_id,"
                + " position", PERIOD);
        assertThat(computed).extracting(row -> row.get("metric")).contains("respondents", "satisfaction_mean",
                "promotion_rate_ratio", "retention_12m_mentees", "network_people", "match_rate");
        Map<String, Map<String, Object>> stored = new HashMap<>();
        db.jdbc().queryForList("select programme_id, metric, metric_value, n, ci_low, ci_high, suppressed"
                + " from metric_value where period = '2026-09' and cohort = 'ALL' and programme_id <> 'ALL'")
                .forEach(row -> stored.put(row.get("programme_id") + " " + row.get("metric"), row));
        for (Map<String, Object> row : computed) {
            String key = row.get("programme_id") + " " + row.get("metric");
            Map<String, Object> before = stored.get(key);
            assertThat(before).as(key).isNotNull();
            assertThat(row.get("suppressed")).as(key).isEqualTo(before.get("suppressed"));
            for (String column : List.of("metric_value", "n", "ci_low", "ci_high")) {
                Number now = (Number) row.get(column);
                Number then = (Number) before.get(column);
                if (then == null) {
                    assertThat(now).as(key + " " + column).isNull();
                } else {
                    assertThat(now).as(key + " " + column).isNotNull();
                    assertThat(now.doubleValue()).as(key + " " + column).isCloseTo(then.doubleValue(),
                            within(1e-9));
                }
            }
        }
    }

    private Path monthly(TestDatabase db, String period, String folder) {
        Path out = temp.resolve(folder);
        CommandResult result = MentorLensCli.run(db, "monthly", "--period", period, "--input", "sample-data",
                "--output", out.toString(), "--quiet");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return out.resolve(period);
    }

    private static List<Path> workbooks(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".xlsx")).map(folder::relativize).sorted().toList();
        }
    }

    /** The Summary sheet's "Last month" column, by the measure's label. */
    private static Map<String, String> summaryLastMonth(Path workbook) throws Exception {
        Map<String, String> values = new HashMap<>();
        DataFormatter shown = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            Sheet summary = book.getSheet("Summary");
            int column = -1;
            for (Row row : summary) {
                if (column < 0) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        if ("Last month".equals(shown.formatCellValue(row.getCell(c)))) {
                            column = c;
                        }
                    }
                } else {
                    values.put(shown.formatCellValue(row.getCell(0)), shown.formatCellValue(row.getCell(column)));
                }
            }
            assertThat(column).as("a Last month column on Summary").isNotNegative();
        }
        return values;
    }
}
