package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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

        Map<String, Integer> pagesPerChart = pagesPerImage(LibreOffice.toPdf(health, temp));

        // a chart cut by a page break is drawn on both pages
        assertThat(pagesPerChart).hasSize(2).allSatisfy((chart, pages) -> assertThat(pages).as(chart).isEqualTo(1));
    }

    /** For each image of the PDF (by object id), the number of pages it is drawn on; needs poppler-utils. */
    private Map<String, Integer> pagesPerImage(Path pdf) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("pdfimages", "-list", pdf.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("pdfimages is needed to check printed charts and is not installed:"
                    + " apt-get install poppler-utils", e);
        }
        List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        Map<String, Integer> pages = new HashMap<>();
        for (String line : lines.subList(Math.min(2, lines.size()), lines.size())) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length > 10 && columns[2].equals("image")) {
                pages.merge(columns[10], 1, Integer::sum);
            }
        }
        return pages;
    }
}
