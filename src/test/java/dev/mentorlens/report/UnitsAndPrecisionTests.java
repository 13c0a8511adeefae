package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitsAndPrecisionTests {

    private static final DataFormatter SHOWN = new DataFormatter();

    @TempDir
    Path temp;

    @Test
    void aChangeOfAShareIsInPercentagePoints() throws Exception {
        try (XSSFWorkbook saved = render()) {
            Row matchRate = ProgrammeWorkbookTests.find(saved.getSheet("Summary"), "Match rate").getRow();
            Cell change = matchRate.getCell(3);
            assertThat(change.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(change.getNumericCellValue()).isEqualTo(-11.7);
            assertThat(SHOWN.formatCellValue(change)).isEqualTo("-11.7 pts");
            assertThat(SHOWN.formatCellValue(matchRate.getCell(1))).isEqualTo("80.0%");
        }
    }

    @Test
    void ratesPerPersonTimeSayTheirUnit() throws Exception {
        assertThat(Measure.of("voluntary_attrition_rate").label()).endsWith("per 100 person-years");
        assertThat(Measure.of("promotion_rate_mentees").label()).endsWith("per 100 person-years");
        try (XSSFWorkbook saved = render()) {
            Sheet sheet = saved.getSheet("Progression & Retention");
            Row header = ProgrammeWorkbookTests.find(sheet, "Group").getRow();
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Voluntary leavers per 100 person-years");
            assertThat(header.getCell(1).getStringCellValue()).endsWith("per 100 person-years");
        }
    }

    @Test
    void npsIsAWholeNumberAndAMeanSharesItsDecimalsWithItsRange() throws Exception {
        try (XSSFWorkbook saved = render()) {
            Row all = ProgrammeWorkbookTests.find(saved.getSheet("Satisfaction"), "Whole programme").getRow();
            assertThat(SHOWN.formatCellValue(all.getCell(8))).isEqualTo("33");
            assertThat(all.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(all.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(all.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            Row summaryNps = ProgrammeWorkbookTests.find(saved.getSheet("Summary"), "Net promoter score").getRow();
            assertThat(SHOWN.formatCellValue(summaryNps.getCell(1))).isEqualTo("33");
        }
    }

    @Test
    void noCellHoldsBinaryNoise() throws Exception {
        assertThat(Cells.clean(3.9999999999999996)).isEqualTo(4.0);
        assertThat(Cells.clean(0.1 + 0.2)).isEqualTo(0.3);
        assertThat(Cells.clean(-0.0)).isEqualTo(0.0);
        try (XSSFWorkbook saved = render()) {
            Row all = ProgrammeWorkbookTests.find(saved.getSheet("Satisfaction"), "Whole programme").getRow();
            assertThat(all.getCell(3).getNumericCellValue()).isEqualTo(4.0);
            for (Sheet sheet : saved) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            double value = cell.getNumericCellValue();
                            assertThat(Double.toString(value)).as(sheet.getSheetName() + " " + cell.getAddress())
                                    .doesNotContainPattern("(0000000|9999999)\\d");
                        }
                    }
                }
            }
        }
    }

    private XSSFWorkbook render() throws Exception {
        ProgrammeData sample = ProgrammeSamples.programme(0);
        Map<String, Map<String, Figure>> figures = new LinkedHashMap<>(sample.figures());
        Map<String, Figure> all = new LinkedHashMap<>(sample.all());
        all.put("satisfaction_mean", new Figure(3.9999999999999996, 40L, 3.7000000000000002, 4.3, false));
        all.put("nps", new Figure(33.33333333333333, 30L, null, null, false));
        all.put("voluntary_attrition_rate", new Figure(2.2100000000000004, 40L, null, null, false));
        figures.put("ALL", all);
        Map<String, Figure> lastMonth = Map.of("match_rate", new Figure(0.917, 48L, null, null, false));
        ProgrammeData data = new ProgrammeData(sample.programmeId(), sample.name(), sample.period(), 5, 10, figures,
                lastMonth, sample.trend(), 0, sample.dormantPairs(), sample.bridges(), sample.details(),
                sample.quality(), sample.rejectsFolder());
        Path file = temp.resolve("units.xlsx");
        ProgrammeWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, data, List.of(), file);
        return new XSSFWorkbook(file.toFile());
    }
}
