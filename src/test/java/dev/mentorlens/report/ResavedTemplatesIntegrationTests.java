package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template that an HR team opened and saved again in LibreOffice keeps its names and still renders. */
class ResavedTemplatesIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void rendersOnTheProgrammeTemplateSavedAgainByLibreOffice() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        LibreOffice.resave(ProgrammeWorkbookTests.TEMPLATE_FOLDER.resolve(ProgrammeWorkbook.TEMPLATE).toAbsolutePath(),
                templates);
        Path file = temp.resolve("career-2026-10.xlsx");

        ProgrammeWorkbook.write(ReportTemplates.folder(templates), ProgrammeSamples.programme(10), List.of(), file);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            Row sessions = ProgrammeWorkbookTests.find(saved.getSheet("Summary"), "Sessions held").getRow();
            assertThat(sessions.getCell(1).getNumericCellValue()).isEqualTo(21.0);
            var comment = ProgrammeWorkbookTests.find(saved.getSheet("Comments"), ProgrammeSamples.FORMULA);
            assertThat(comment.getCellType()).isEqualTo(CellType.STRING);
            assertThat(ProgrammeWorkbookTests.texts(saved.getSheet("Dormant pairs"))).contains("M9");
        }
    }
}
