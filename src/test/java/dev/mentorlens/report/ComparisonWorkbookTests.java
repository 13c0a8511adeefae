package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonWorkbookTests {

    static final Figure HIDDEN = new Figure(null, null, null, null, true);

    @TempDir
    Path temp;

    @Test
    void leadsEachTestWithAPlainVerdictNamingTheCohorts() {
        Figure meanA = new Figure(4.4, 12L, 4.1, 4.7, false);
        Figure meanB = new Figure(3.8, 14L, 3.5, 4.1, false);
        assertThat(CohortVerdicts.satisfaction(new Figure(0.42, 26L, null, null, false), meanA, meanB, "spring",
                "autumn", 5)).isEqualTo("no clear difference (p = 0.420): average 4.40 in spring, 3.80 in autumn");
        assertThat(CohortVerdicts.satisfaction(new Figure(0.012, 26L, null, null, false), meanA, meanB, "spring",
                "autumn", 5)).isEqualTo("spring more satisfied: average 4.40 in spring, 3.80 in autumn (p = 0.012)");
        assertThat(CohortVerdicts.satisfaction(HIDDEN, meanA, HIDDEN, "spring", "autumn", 5))
                .startsWith("not shown: a cohort has fewer than 5 respondents").doesNotContainPattern("[0-9]\\.");
        assertThat(CohortVerdicts.retention(new Figure(0.0004, 40L, null, null, false),
                new Figure(0.8, 20L, null, null, false), new Figure(0.95, 20L, null, null, false), "spring", "autumn"))
                .isEqualTo("mentees of autumn stay longer: 80.0% of spring and 95.0% of autumn stayed 12 months"
                        + " (log-rank p < 0.001)");
        assertThat(CohortVerdicts.retention(new Figure(0.3173, 40L, null, null, false), null, null, "spring",
                "autumn")).isEqualTo("no clear difference (log-rank p = 0.317)");

        ComparisonData.Cohort old = cohort("spring", 30.2, 4);
        ComparisonData.Cohort young = cohort("autumn", 4.3, 1);
        assertThat(CohortVerdicts.promotion(new Figure(0.0, 28L, null, null, false), old, young, "spring", "autumn"))
                .isEqualTo("too early: fewer than 5 person-years of follow-up in autumn (4.3)");
        ComparisonData.Cohort grown = cohort("autumn", 25.0, 9);
        assertThat(CohortVerdicts.promotion(new Figure(1.76, 100L, 0.93, 3.33, false), old, grown, "spring",
                "autumn")).isEqualTo("no clear difference (range 0.93–3.33 includes 1): mentees of spring promoted"
                        + " 1.76 times as often as those of autumn");
        assertThat(CohortVerdicts.promotion(new Figure(0.09, 28L, 0.011, 0.726, false), old, grown, "spring",
                "autumn")).startsWith("mentees of spring promoted less often: 0.09 times as often as those of autumn"
                        + " (range 0.01–0.73)");
        assertThat(CohortVerdicts.promotion(new Figure(0.0, 28L, null, null, false), old, grown, "spring", "autumn"))
                .isEqualTo("too early: no mentee of spring promoted yet");
    }

    @Test
    void putsTheVerdictsAndChartsFirstAndBothCohortsSideBySideAfter() throws Exception {
        Path file = temp.resolve("a-vs-b.xlsx");

        ComparisonWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, sample(), file);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            assertThat(saved.getSheetName(0)).isEqualTo("Comparison");
            XSSFSheet verdicts = saved.getSheet("Comparison");
            assertThat(ProgrammeWorkbookTests.find(verdicts, "=a").getCellStyle().getQuotePrefixed()).isTrue();
            Row satisfaction = ProgrammeWorkbookTests.find(verdicts, ComparisonWorkbook.SATISFACTION).getRow();
            assertThat(satisfaction.getCell(1).getStringCellValue()).startsWith("not shown: a cohort has fewer than 5");
            assertThat(satisfaction.getCell(3).getStringCellValue()).isEqualTo("suppressed (n < 5)");
            Row retention = ProgrammeWorkbookTests.find(verdicts, ComparisonWorkbook.RETENTION).getRow();
            assertThat(retention.getCell(1).getStringCellValue()).isEqualTo("no clear difference (log-rank p = 0.317)");
            assertThat(retention.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0000");
            Row promotion = ProgrammeWorkbookTests.find(verdicts, ComparisonWorkbook.PROMOTION).getRow();
            assertThat(promotion.getCell(1).getStringCellValue())
                    .isEqualTo("too early: fewer than 5 person-years of follow-up in b (4.3)");
            // too little follow-up: no ratio at all, not even beside its verdict
            for (int c = 3; c <= 5; c++) {
                assertThat(promotion.getCell(c).getCellType()).isEqualTo(CellType.BLANK);
            }
            assertThat(promotion.getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(verdicts.getMergedRegions()).extracting(r -> r.formatAsString())
                    .contains("B" + (promotion.getRowNum() + 1) + ":C" + (promotion.getRowNum() + 1));
            assertThat(verdicts.getDrawingPatriarch().getShapes()).hasSize(3)
                    .allSatisfy(shape -> assertThat(shape).isInstanceOf(XSSFPicture.class));

            XSSFSheet sideBySide = saved.getSheet("Side by side");
            Row header = ProgrammeWorkbookTests.find(sideBySide, "Measure").getRow();
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Cohort A: =a");
            Row match = ProgrammeWorkbookTests.find(sideBySide, "Match rate").getRow();
            assertThat(match.getCell(1).getNumericCellValue()).isEqualTo(0.5);
            assertThat(match.getCell(3).getNumericCellValue()).isEqualTo(0.75);
            assertThat(match.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Row mean = ProgrammeWorkbookTests.find(sideBySide, "Satisfaction (1–5)").getRow();
            assertThat(mean.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(mean.getCell(1).getStringCellValue()).isEqualTo("suppressed (n < 5)");
            assertThat(mean.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
            Row ratio = ProgrammeWorkbookTests.find(sideBySide, "Promotions of mentees vs baseline").getRow();
            assertThat(ratio.getCell(1).getStringCellValue())
                    .isEqualTo("no clear difference (range 0.93–3.33 includes 1)");
            assertThat(ratio.getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(ratio.getCell(6).getCellStyle().getWrapText()).isTrue();
            assertThat(ratio.getHeightInPoints()).as("the wrapped verdict has room for its lines").isGreaterThan(25);
            assertThat(texts(sideBySide)).doesNotContain("pairs_on_track", "promotion_rate_ratio");
            assertThat(sideBySide.getRepeatingRows()).isNotNull();
        }
    }

    @Test
    void aGroupProgrammesCohortsAreComparedInItsOwnWords() throws Exception {
        ComparisonData pairs = sample();
        ComparisonData group = new ComparisonData(pairs.programmeId(), pairs.programmeName(), pairs.period(),
                pairs.cohortA(), pairs.cohortB(), pairs.anonymityThreshold(), pairs.a(), pairs.b(), pairs.tests(),
                pairs.cohorts(), "group");
        Path file = temp.resolve("group.xlsx");

        ComparisonWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, group, file);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sideBySide = saved.getSheet("Side by side");
            Row placement = ProgrammeWorkbookTests.find(sideBySide, "Placement rate").getRow();
            assertThat(placement.getCell(1).getNumericCellValue()).isEqualTo(0.5);
            assertThat(texts(sideBySide)).doesNotContain("Match rate");
        }
    }

    static ComparisonData sample() {
        return new ComparisonData("career", "Career", "2026-10", "=a", "b", 5,
                figures("match_rate", new Figure(0.5, 10L, null, null, false), "satisfaction_mean", HIDDEN,
                        "promotion_rate_ratio", new Figure(1.76, 100L, 0.93, 3.33, false),
                        "pairs_on_track", new Figure(3.0, null, null, null, false)),
                figures("match_rate", new Figure(0.75, 8L, null, null, false), "satisfaction_mean",
                        new Figure(4.2, 12L, 3.9, 4.5, false), "promotion_rate_ratio",
                        new Figure(0.0, 40L, null, null, false), "pairs_on_track", new Figure(5.0, null, null, null,
                                false)),
                Map.of("satisfaction_mannwhitney_p", HIDDEN,
                        "retention_logrank_p", new Figure(0.3173, 30L, null, null, false),
                        "promotion_rate_ratio", new Figure(1.5, 30L, 0.8, 2.9, false)),
                List.of(cohort("=a", 30.2, 4), cohort("b", 4.3, 0)));
    }

    /** A cohort followed for {@code personYears}, with a short survival curve and suppressed answers. */
    static ComparisonData.Cohort cohort(String name, double personYears, int promotions) {
        double rate = 100 * promotions / personYears;
        return new ComparisonData.Cohort(name, 12, 400, personYears, rate, rate * 0.5, rate * 1.8,
                List.of(new Details.Step(120, 0.9), new Details.Step(300, 0.8)), null, List.of());
    }

    private static Map<String, Figure> figures(Object... pairs) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            figures.put((String) pairs[i], (Figure) pairs[i + 1]);
        }
        return figures;
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        for (Row row : sheet) {
            for (Cell cell : row) {
                texts.add(shown.formatCellValue(cell));
            }
        }
        return texts;
    }
}
