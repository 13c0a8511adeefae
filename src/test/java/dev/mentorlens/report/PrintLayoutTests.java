package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintLayoutTests {

    @TempDir
    Path temp;

    @Test
    void everySheetPrintsOnA4LandscapeOnePageWideWithProgrammeMonthAndPageInTheFooter() throws Exception {
        Path file = temp.resolve("career-2026-10.xlsx");
        ProgrammeWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, ProgrammeSamples.programme(3), List.of(), file);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            for (int i = 0; i < saved.getNumberOfSheets(); i++) {
                XSSFSheet sheet = saved.getSheetAt(i);
                String name = sheet.getSheetName();
                assertThat(sheet.getPrintSetup().getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getFooter().getLeft()).as(name).isEqualTo("=Career mentoring — 2026-10");
                assertThat(sheet.getFooter().getRight()).as(name).isEqualTo("Page &P of &N");
            }
            assertThat(saved.getSheet("Summary").getRepeatingRows().getLastRow()).isEqualTo(6);
            assertThat(saved.getSheet("Dormant pairs").getRepeatingRows().getLastRow()).isEqualTo(6);
        }
    }

    @Test
    void anAmpersandInAProgrammeNameIsWrittenLiterallyInTheFooter() {
        assertThat(PrintLayout.escaped("R&D mentoring")).isEqualTo("R&&D mentoring");
    }

    @Test
    void aChartThatWouldRunOverThePageEndStartsOnANewPage() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = sheetOfRows(workbook, 80);
            // rows of 15 points: about 33 rows per page; this chart spans rows 25 to 45
            picture(workbook, sheet, 25, 45);
            picture(workbook, sheet, 2, 20);

            PrintLayout.keepChartsWhole(sheet);

            // the new page starts with the row above the chart
            assertThat(sheet.getRowBreaks()).containsExactly(23);
        }
    }

    @Test
    void rowsOfASheetWithChartsPrintAtTheHeightTheBreaksAreCountedWith() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Charts");
            sheet.createRow(0).createCell(0).setCellValue("a caption");
            sheet.createRow(1).setHeightInPoints(30);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            sheet.createRow(2).createCell(0).setCellStyle(wrapped);
            picture(workbook, sheet, 4, 20);

            PrintLayout.keepChartsWhole(sheet);

            assertThat(sheet.getRow(0).getHeightInPoints()).isEqualTo(15);
            assertThat(sheet.getRow(0).getCTRow().getCustomHeight()).isTrue();
            assertThat(sheet.getRow(1).getHeightInPoints()).as("its own height").isEqualTo(30);
            assertThat(sheet.getRow(2).getCTRow().isSetCustomHeight()).as("grows with its lines").isFalse();
            assertThat(sheet.getRow(12).getHeightInPoints()).as("a row under a chart").isEqualTo(15);
            assertThat(sheet.getRow(12).getCTRow().getCustomHeight()).isTrue();
        }
    }

    @Test
    void aChartThatFitsOnItsPageGetsNoBreak() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = sheetOfRows(workbook, 40);
            picture(workbook, sheet, 5, 25);

            PrintLayout.keepChartsWhole(sheet);

            assertThat(sheet.getRowBreaks()).isEmpty();
        }
    }

    private static XSSFSheet sheetOfRows(XSSFWorkbook workbook, int rows) {
        XSSFSheet sheet = workbook.createSheet("Charts");
        for (int c = 0; c < 7; c++) {
            sheet.setColumnWidth(c, 21 * 256); // seven columns about as wide as the page: printed at about 100%
        }
        for (int r = 0; r < rows; r++) {
            sheet.createRow(r).setHeightInPoints(15);
            sheet.getRow(r).createCell(0).setCellValue("row " + r);
        }
        return sheet;
    }

    private static void picture(XSSFWorkbook workbook, XSSFSheet sheet, int fromRow, int toRow) {
        int index = workbook.addPicture(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Workbook.PICTURE_TYPE_PNG);
        XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, 0, fromRow, 6, toRow);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        sheet.createDrawingPatriarch().createPicture(anchor, index);
    }
}
