package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.mentorlens.report.OrganisationData.ProgrammeRow;
import dev.mentorlens.report.ReportRepository.BridgeRow;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganisationWorkbookTests {

    @TempDir
    Path temp;

    @Test
    void listsEveryProgrammeWithItsKeyMeasuresAndTheirTrend() throws Exception {
        Figure hidden = new Figure(null, null, null, null, true);
        OrganisationData data = new OrganisationData("2026-10", 5, List.of(
                new ProgrammeRow("career", "Career", Map.of("match_rate", new Figure(0.9, 20L, null, null, false),
                        "sessions_held", new Figure(12.0, null, null, null, false), "satisfaction_mean", hidden),
                        Map.of("sessions_held", new Figure(15.0, null, null, null, false))),
                new ProgrammeRow("peer", "+Peer", Map.of("match_rate", new Figure(0.5, 8L, null, null, false)),
                        Map.of())),
                Map.of("network_people", new Figure(61.0, null, null, null, false)),
                List.of(new BridgeRow(1, "E1", 0.2, ReportRepository.Person.UNKNOWN)), new Details("ALL", 5, 10, false, List.of(), List.of(),
                        List.of(), List.of()));
        Path file = temp.resolve("organisation-2026-10.xlsx");

        OrganisationWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, data, List.of(), file);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            var sheet = saved.getSheet("Programmes");
            Row career = ProgrammeWorkbookTests.find(sheet, "Career").getRow();
            assertThat(career.getCell(2).getNumericCellValue()).isEqualTo(0.9);
            assertThat(career.getCell(5).getCellType()).isEqualTo(CellType.STRING);
            assertThat(career.getCell(5).getStringCellValue()).isEqualTo("suppressed (n < 5)");
            var peer = ProgrammeWorkbookTests.find(sheet, "+Peer");
            assertThat(peer.getCellType()).isEqualTo(CellType.STRING);
            assertThat(peer.getCellStyle().getQuotePrefixed()).isTrue();
            Row trend = sheet.getRow(career.getRowNum() + 6);
            assertThat(trend.getCell(0).getStringCellValue()).isEqualTo("Career");
            assertThat(trend.getCell(3).getStringCellValue()).isEqualTo("▼ -3");
            assertThat(ProgrammeWorkbookTests.texts(saved.getSheet("Network"))).contains("E1",
                    "People in the network");
        }
    }
}
