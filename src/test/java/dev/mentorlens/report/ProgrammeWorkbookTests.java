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
            assertThat(names).containsExactly("At a glance", "Summary", "Participation", "Dormant pairs",
                    "Satisfaction", "Comments", "Progression & Retention", "Network", "Data quality");
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
            assertThat(saved.getSheet("Dormant pairs").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A6:L9");
            Row lastPair = saved.getSheet("Dormant pairs").getRow(8);
            assertThat(lastPair.getCell(10).getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2026-06-03");
            assertThat(lastPair.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void saysWhoIsBehindEachDormantPairAndHowLongItHasBeenQuiet() throws Exception {
        Path file = render(2);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = saved.getSheet("Dormant pairs");
            assertThat(values(sheet.getRow(5))).containsExactly("Match", "Cohort", "Mentor", "Mentor's department",
                    "Mentor's level", "Mentor's manager", "Mentee", "Mentee's department", "Mentee's level",
                    "Mentee's manager", "Last held session", "Days quiet");
            // M0 never met: quiet since it was matched on 2026-01-01, 303 days before the month's end
            assertThat(values(sheet.getRow(6))).containsExactly("M0", "big", "E0", "Finance", "4", "BOSS0", "-E1",
                    "=Sales", "2", "", "never", "303");
            // M1 last met on 2026-06-02, 151 days before 2026-10-31
            assertThat(values(sheet.getRow(7))).containsExactly("M1", "big", "E1", "Finance", "4", "BOSS1", "-E2",
                    "=Sales", "2", "", "2026-06-02", "151");
            assertThat(sheet.getRow(7).getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(6).getCell(7).getCellStyle().getQuotePrefixed()).isTrue();
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
