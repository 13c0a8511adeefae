package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonWorkbookTests {

    @TempDir
    Path temp;

    @Test
    void saysInPlainWordsWhetherADifferenceIsSignificant() {
        assertThat(ComparisonWorkbook.pValueInWords(new Figure(0.3173, 20L, null, null, false), "retention", 5))
                .startsWith("No significant difference in retention at the 5% level (p = 0.3173)");
        assertThat(ComparisonWorkbook.pValueInWords(new Figure(0.0012, 20L, null, null, false), "satisfaction", 5))
                .startsWith("Significant difference in satisfaction at the 5% level");
        assertThat(ComparisonWorkbook.pValueInWords(new Figure(null, null, null, null, true), "satisfaction", 5))
                .isEqualTo("Not shown: a cohort has fewer than 5 respondents.");
        assertThat(ComparisonWorkbook.ratioInWords(new Figure(1.76, 100L, 0.93, 3.33, false)))
                .startsWith("No clear difference (range 0.93–3.33 includes 1, so not significant at the 5% level)");
        assertThat(ComparisonWorkbook.ratioInWords(new Figure(0.09, 28L, 0.011, 0.726, false)))
                .startsWith("Clear difference (range 0.01–0.73 excludes 1: significant at the 5% level)");
        assertThat(ComparisonWorkbook.ratioInWords(new Figure(0.0, 28L, null, null, false)))
                .isEqualTo("Too early: no mentee of A promoted yet.");
    }

    @Test
    void putsBothCohortsSideBySideAndNeverWritesSuppressedValuesAsNumbers() throws Exception {
        Figure hidden = new Figure(null, null, null, null, true);
        ComparisonData data = new ComparisonData("career", "Career", "2026-10", "=a", "b", 5,
                figures("match_rate", new Figure(0.5, 10L, null, null, false), "satisfaction_mean", hidden),
                figures("match_rate", new Figure(0.75, 8L, null, null, false), "satisfaction_mean",
                        new Figure(4.2, 12L, 3.9, 4.5, false)),
                Map.of("satisfaction_mannwhitney_p", hidden,
                        "retention_logrank_p", new Figure(0.3173, 30L, null, null, false),
                        "promotion_rate_ratio", new Figure(1.5, 30L, 0.8, 2.9, false)));
        Path file = temp.resolve("a-vs-b.xlsx");

        ComparisonWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, data, file);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            var sheet = saved.getSheet("Comparison");
            Row match = ProgrammeWorkbookTests.find(sheet, "Match rate").getRow();
            assertThat(match.getCell(1).getNumericCellValue()).isEqualTo(0.5);
            assertThat(match.getCell(3).getNumericCellValue()).isEqualTo(0.75);
            assertThat(match.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Row satisfaction = ProgrammeWorkbookTests.find(sheet, "Satisfaction (1–5)").getRow();
            assertThat(satisfaction.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(satisfaction.getCell(1).getStringCellValue()).isEqualTo("suppressed (n < 5)");
            assertThat(satisfaction.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
            var cohortA = ProgrammeWorkbookTests.find(sheet, "=a");
            assertThat(cohortA.getCellStyle().getQuotePrefixed()).isTrue();
            Row logRank = ProgrammeWorkbookTests.find(sheet, "Retention of mentees (log-rank p)").getRow();
            assertThat(logRank.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0000");
            assertThat(logRank.getCell(5).getStringCellValue()).startsWith("No significant difference");
            Row ratio = ProgrammeWorkbookTests.find(sheet, "Promotion rate ratio, A / B").getRow();
            assertThat(ratio.getCell(5).getStringCellValue()).startsWith("No clear difference (range 0.80–2.90");
            assertThat(ratio.getCell(5).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getMergedRegions()).extracting(r -> r.formatAsString())
                    .contains("F" + (ratio.getRowNum() + 1) + ":G" + (ratio.getRowNum() + 1));
            // the range of a ratio has the decimals of the ratio
            assertThat(ratio.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        }
    }

    private static Map<String, Figure> figures(String metric1, Figure figure1, String metric2, Figure figure2) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put(metric1, figure1);
        figures.put(metric2, figure2);
        return figures;
    }
}
