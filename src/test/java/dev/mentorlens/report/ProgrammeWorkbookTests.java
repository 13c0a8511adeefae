package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgrammeWorkbookTests {

    static final Path TEMPLATE_FOLDER = Path.of("report-templates");
    static final ReportTemplates TEMPLATES = ReportTemplates.folder(TEMPLATE_FOLDER);

    @TempDir
    Path temp;

    @Test
    void writesEverySheetOfTheTemplateInItsOrder() throws Exception {
        Path file = render(3);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            List<String> names = new ArrayList<>();
            saved.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("At a glance", "Summary", "Participation", "Health", "Dormant pairs",
                    "Satisfaction", "Comments", "Progression & Retention", "Impact", "Network", "Breakdowns", "Data quality");
            assertThat(texts(saved.getSheet("Dormant pairs"))).contains("never", "M0", "M2");
            saved.forEach(sheet -> {
                if (sheet.getSheetName().equals(GlanceSheet.NAME)) {
                    return; // one printed page of verdicts: nothing to filter or scroll
                }
                assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter())
                        .as("autofilter on " + sheet.getSheetName()).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).as("frozen header of " + sheet.getSheetName())
                        .isTrue();
            });
            assertThat(saved.getSheet("Dormant pairs").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A7:M10");
            Row lastPair = saved.getSheet("Dormant pairs").getRow(9);
            assertThat(lastPair.getCell(10).getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2026-06-03");
            assertThat(lastPair.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void saysWhoIsBehindEachDormantPairAndHowLongItHasBeenQuiet() throws Exception {
        Path file = render(2);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = saved.getSheet("Dormant pairs");
            assertThat(values(sheet.getRow(6))).containsExactly("Match", "Cohort", "Mentor", "Mentor's department",
                    "Mentor's level", "Mentor's manager", "Mentee", "Mentee's department", "Mentee's level",
                    "Mentee's manager", "Last held session", "Days quiet", "State");
            // M0 never met: quiet since it was matched on 2026-01-01, 303 days before the month's end
            assertThat(values(sheet.getRow(7))).containsExactly("M0", "big", "E0", "Finance", "4", "BOSS0", "-E1",
                    "=Sales", "2", "", "never", "303", "dormant");
            // M1 last met on 2026-06-02, 151 days before 2026-10-31; it is listed as needing a check-in
            assertThat(values(sheet.getRow(8))).containsExactly("M1", "big", "E1", "Finance", "4", "BOSS1", "-E2",
                    "=Sales", "2", "", "2026-06-02", "151", "needs check-in");
            assertThat(sheet.getRow(8).getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(7).getCell(7).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(values(find(sheet, "Need a check-in").getRow())).containsExactly("Need a check-in", "2");
        }
    }

    @Test
    void saysWhereEachBridgeSits() throws Exception {
        Path file = render(0);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            Row bridge = find(saved.getSheet("Network"), "E7").getRow();
            assertThat(values(bridge)).containsExactly("1", "E7", "Legal", "6", "E1", "0.432");
        }
    }

    @Test
    void keepsCommentsThatLookLikeFormulasAsQuotePrefixedText() throws Exception {
        Path file = render(0);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = saved.getSheet("Comments");
            for (String comment : List.of(ProgrammeSamples.FORMULA, "+1 great", "@mention", "-minus")) {
                Cell cell = find(sheet, comment);
                assertThat(cell).as(comment).isNotNull();
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
            Cell name = find(saved.getSheet("Summary"), "=Career mentoring");
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void neverShowsCommentsOrNumbersOfSuppressedGroups() throws Exception {
        Path file = render(0);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            saved.forEach(sheet -> assertThat(texts(sheet)).noneMatch(t -> t.contains(ProgrammeSamples.SECRET)));
            Sheet sheet = saved.getSheet("Satisfaction");
            Row tiny = find(sheet, "tiny").getRow();
            for (int c = 1; c <= 8; c++) {
                Cell cell = tiny.getCell(c);
                assertThat(cell == null || cell.getCellType() != CellType.NUMERIC).as("column " + c).isTrue();
            }
            assertThat(tiny.getCell(1).getStringCellValue()).isEqualTo("suppressed (n < 5)");
            Row mentees = find(sheet, "Mentees").getRow();
            assertThat(mentees.getCell(1).getStringCellValue()).isEqualTo("suppressed (n < 5)");
            assertThat(mentees.getCell(2)).isNull();
        }
    }

    @Test
    void showsTrendArrowsAgainstLastMonth() throws Exception {
        Path file = render(0);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            Row sessions = find(saved.getSheet("Summary"), "Sessions held").getRow();
            assertThat(sessions.getCell(1).getNumericCellValue()).isEqualTo(21.0);
            assertThat(sessions.getCell(2).getNumericCellValue()).isEqualTo(18.0);
            assertThat(sessions.getCell(4).getStringCellValue()).isEqualTo(Trend.UP);
        }
    }

    @Test
    void leadsThePromotionRatioWithAVerdictNeverABareRatio() throws Exception {
        Path file = render(0);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            Row promotions = find(saved.getSheet("Summary"), "Promotions of mentees vs baseline").getRow();
            assertThat(promotions.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(promotions.getCell(1).getStringCellValue())
                    .isEqualTo("no clear difference (range 0.81–1.93 includes 1)");
            assertThat(find(saved.getSheet("Summary"), "Promotion rate ratio")).isNull();
        }
    }

    @Test
    void showsPairStatesActivationMentorLoadAndGoalsPerGroup() throws Exception {
        Path file = render(0);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = saved.getSheet("Health");
            List<Cell> wholeProgramme = new ArrayList<>();
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING
                        && first.getStringCellValue().equals("Whole programme")) {
                    wholeProgramme.add(first);
                }
            }
            assertThat(wholeProgramme).hasSize(4);
            assertThat(values(wholeProgramme.get(0).getRow())).containsExactly("Whole programme", "16", "10", "0", "2",
                    "4", "2", "62.5%");
            assertThat(values(wholeProgramme.get(1).getRow())).containsExactly("Whole programme", "40", "38", "36",
                    "90.0%", "14", "72.5");
            // no mentor_capacity: blank, not 0
            assertThat(values(wholeProgramme.get(2).getRow())).containsExactly("Whole programme", "14", "1.14", "2",
                    "");
            assertThat(values(wholeProgramme.get(3).getRow())).containsExactly("Whole programme", "74", "29", "39.2%",
                    "39", "106");
            Row tinyGoals = wholeProgramme.get(3).getRow().getSheet().getRow(wholeProgramme.get(3).getRowIndex() + 2);
            assertThat(values(tinyGoals).get(0)).isEqualTo("tiny");
            assertThat(values(tinyGoals).get(3)).isEqualTo("suppressed (n < 5)");
            assertThat(tinyGoals.getCell(3).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void placesThePairStateAndActivationChartsOnTheHealthSheet() throws Exception {
        ProgrammeData data = ProgrammeSamples.programme(0);
        List<ChartFile> charts = new ReportCharts().programme(data);
        Path file = temp.resolve("charts.xlsx");
        ProgrammeWorkbook.write(TEMPLATES, data, charts, file);

        assertThat(charts).extracting(ChartFile::anchor).contains("health_chart", "activation_chart");
        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            Sheet health = saved.getSheet("Health");
            assertThat(saved.getSheet("Health").getDrawingPatriarch().getShapes()).hasSize(2);
            // activation, and mentor load with goals, each start a printed page at their subtitle
            List<String> pageStarts = new ArrayList<>();
            for (int broken : health.getRowBreaks()) {
                pageStarts.add(health.getRow(broken + 1).getCell(0).getStringCellValue());
            }
            assertThat(pageStarts).containsExactly("Activation: from enrolment to a first meeting", "Mentor load");
        }
    }

    @Test
    void setsTheMatchedEstimateNextToTheNaiveComparisonWithBothRangesAndSaysWhatItCannotRuleOut() throws Exception {
        Path file = render(0);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = saved.getSheet("Impact");
            Row retention = find(sheet, "Stayed a year").getRow();
            assertThat(values(retention)).containsExactly("Whole programme", "Stayed a year", "9", "+11.1 pts",
                    "-35.1 pts", "+57.3 pts", "+13.0 pts", "-20.0 pts", "+46.0 pts",
                    "no clear difference (range -35.1 to +57.3 pts includes 0)");
            assertThat(retention.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(texts(sheet)).contains("Mentees were 11.1 points more likely to stay a year than colleagues in"
                    + " the same department, job level and tenure; the range -35.1 to +57.3 pts includes no"
                    + " difference. Against every colleague never enrolled the gap is +13.0 pts (range -20.0 to"
                    + " +46.0 pts): 1.9 points of it come from who joins (their department, level and tenure), not"
                    + " from mentoring.", ImpactSheet.CAVEAT);
            // a cohort with no stored naive comparison leaves its cells empty, never 0
            Row big = sheet.getRow(retention.getRowNum() + 2);
            assertThat(values(big).subList(0, 2)).containsExactly("big", "Stayed a year");
            assertThat(big.getCell(6) == null || big.getCell(6).getCellType() == CellType.BLANK).isTrue();
        }
    }

    @Test
    void writesEachBreakdownValueOnARowWithItsSuppressedCellsAsSuch() throws Exception {
        Path file = render(0);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = saved.getSheet("Breakdowns");
            String hidden = "suppressed (n < 5)";
            assertThat(values(find(sheet, "man").getRow())).containsExactly("gender", "man", hidden, hidden, hidden,
                    hidden, hidden, "", "", hidden, hidden);
            assertThat(values(find(sheet, "woman").getRow())).containsExactly("gender", "woman", "20", "100.0%",
                    "95.0%", hidden, hidden, "", "", "95.0%", "40.99");
            Row formulaLike = find(sheet, "=x").getRow();
            assertThat(values(formulaLike)).containsExactly("generation", "=x", "34", "", "", "7", "4.14", "3.79",
                    "4.49", "", "");
            assertThat(formulaLike.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void hasNoBreakdownsSheetWhenTheRunSetNoBreakdowns() throws Exception {
        ProgrammeData sample = ProgrammeSamples.programme(0);
        Details d = sample.details();
        ProgrammeData data = new ProgrammeData(sample.programmeId(), sample.name(), sample.period(), 5, 10,
                sample.figures(), sample.lastMonth(), sample.trend(), 0, sample.dormantPairs(), sample.bridges(),
                new Details(d.name(), 5, 10, false, d.arms(), d.scores(), d.comments(), d.departmentTies()),
                sample.quality(), sample.rejectsFolder());
        Path file = temp.resolve("without.xlsx");
        ProgrammeWorkbook.write(TEMPLATES, data, new ReportCharts().programme(data), file);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            assertThat(saved.getSheet("Breakdowns")).isNull();
            assertThat(saved.getName("breakdowns_table")).isNull();
            assertThat(saved.getSheet("Data quality")).isNotNull();
        }
    }

    private Path render(long dormantPairs) {
        Path file = temp.resolve("career-2026-10.xlsx");
        ProgrammeWorkbook.write(TEMPLATES, ProgrammeSamples.programme(dormantPairs), List.of(), file);
        return file;
    }

    /** The cells of a row as a reader sees them, from column A to the last cell. */
    static List<String> values(Row row) {
        DataFormatter shown = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            values.add(row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c)));
        }
        return values;
    }

    static Cell find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        return null;
    }

    static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
