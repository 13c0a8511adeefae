package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Health sheet prints in LibreOffice with each of its charts whole, on a single page. */
class HealthPrintIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void noChartOfTheHealthSheetIsCutByAPageBreak() throws Exception {
        ProgrammeData data = ProgrammeSamples.programme(0);
        Path file = temp.resolve("career-2026-10.xlsx");
        ProgrammeWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, data, new ReportCharts().programme(data), file);
        Path health = temp.resolve("health.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            for (int i = book.getNumberOfSheets() - 1; i >= 0; i--) {
                if (!book.getSheetName(i).equals(HealthSheet.NAME)) {
                    book.removeSheetAt(i);
                }
            }
            try (OutputStream out = Files.newOutputStream(health)) {
                book.write(out);
            }
        }

        Map<String, Integer> pagesPerChart = PdfImages.pagesPerImage(LibreOffice.toPdf(health, temp));

        // a chart cut by a page break is drawn on both pages
        assertThat(pagesPerChart).hasSize(2).allSatisfy((chart, pages) -> assertThat(pages).as(chart).isEqualTo(1));
    }
}
