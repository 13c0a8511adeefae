package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At a glance prints on one page in LibreOffice, however many next steps and verdicts it lists. */
class GlancePrintIntegrationTests {

    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    @TempDir
    Path temp;

    @Test
    void theGlanceSheetOfAProgrammePrintsOnOnePage() throws Exception {
        Path file = temp.resolve("career-2026-10.xlsx");
        ProgrammeWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, ProgrammeSamples.programme(40), List.of(), file);

        assertThat(pagesOfTheGlanceSheet(file)).isEqualTo(1);
    }

    /** Keeps only the first sheet, converts it to PDF and counts its pages. */
    private int pagesOfTheGlanceSheet(Path workbook) throws Exception {
        Path glance = temp.resolve("glance.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            assertThat(book.getSheetName(0)).isEqualTo(GlanceSheet.NAME);
            while (book.getNumberOfSheets() > 1) {
                book.removeSheetAt(1);
            }
            try (OutputStream out = Files.newOutputStream(glance)) {
                book.write(out);
            }
        }
        Path pdf = LibreOffice.toPdf(glance, temp);
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        return (int) PAGE.matcher(text).results().count();
    }
}
