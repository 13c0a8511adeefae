package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproducibleXlsxTests {

    @TempDir
    Path temp;

    @Test
    void twoRendersOfTheSameDataAreByteIdentical() throws Exception {
        Path first = temp.resolve("first.xlsx");
        Path second = temp.resolve("second.xlsx");

        ProgrammeWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, ProgrammeSamples.programme(5), List.of(), first);
        ProgrammeWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, ProgrammeSamples.programme(5), List.of(), second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(temp.resolve("first.xlsx.raw")).doesNotExist();
    }

    @Test
    void everyEntryAndTheDocumentDatesCarryTheMomentAfterTheMonthNotTheClock() throws Exception {
        Path file = temp.resolve("career-2026-10.xlsx");
        ProgrammeWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, ProgrammeSamples.programme(1), List.of(), file);

        List<LocalDateTime> times = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                times.add(entry.getTimeLocal());
                names.add(entry.getName());
            }
        }
        assertThat(names).first().isEqualTo("[Content_Types].xml");
        assertThat(times).isNotEmpty().containsOnly(LocalDateTime.of(2026, 11, 1, 0, 0));
        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            var core = saved.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).hasToString("2026-11-01T00:00:00Z");
            assertThat(core.getModified().toInstant()).hasToString("2026-11-01T00:00:00Z");
            assertThat(saved.getSheetAt(0).getSheetName()).isEqualTo(GlanceSheet.NAME);
        }
    }
}
