package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mentorlens.report.OrganisationData.ProgrammeRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlanceSheetTests {

    @TempDir
    Path temp;

    @Test
    void isTheFirstSheetAndPrintsOnOnePage() throws Exception {
        try (XSSFWorkbook saved = programmeWorkbook(ProgrammeSamples.programme(2))) {
            XSSFSheet glance = saved.getSheetAt(0);
            assertThat(glance.getSheetName()).isEqualTo("At a glance");
            assertThat(saved.getActiveSheetIndex()).isZero();
            assertThat(glance.getFitToPage()).isTrue();
            assertThat(glance.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(glance.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(glance.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void showsAStatusPerAreaWithItsFigureAndTarget() throws Exception {
        try (XSSFWorkbook saved = programmeWorkbook(ProgrammeSamples.programme(2))) {
            Sheet glance = saved.getSheet("At a glance");
            Row participation = ProgrammeWorkbookTests.find(glance, "Participation").getRow();
            // the samples' match rate of 80% meets the default target of 70%
            assertThat(participation.getCell(1).getStringCellValue()).isEqualTo("on track");
            assertThat(participation.getCell(3).getNumericCellValue()).isEqualTo(0.8);
            assertThat(participation.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(participation.getCell(4).getStringCellValue()).isEqualTo("≥ 70%");
            assertThat(ProgrammeWorkbookTests.texts(glance)).contains("Engagement", "Satisfaction", "Outcomes",
                    "2 pairs have not met for two cadences: contact them first (see Dormant pairs).",
                    "no clear difference (range 0.81–1.93 includes 1)");
        }
    }

    @Test
    void longVerdictsAndTargetsWrapWithinTheirColumnsOnAtAGlanceAndSummary() throws Exception {
        try (XSSFWorkbook saved = programmeWorkbook(ProgrammeSamples.programme(2))) {
            Row outcomes = ProgrammeWorkbookTests.find(saved.getSheet("At a glance"), "Outcomes").getRow();
            assertThat(outcomes.getCell(4).getStringCellValue()).isEqualTo(Glance.OUTCOMES_TARGET);
            assertThat(outcomes.getCell(4).getCellStyle().getWrapText()).isTrue();
            Row ratio = ProgrammeWorkbookTests.find(saved.getSheet("Summary"), "Promotions of mentees vs baseline")
                    .getRow();
            assertThat(ratio.getCell(1).getStringCellValue()).isEqualTo("no clear difference (range 0.81–1.93"
                    + " includes 1)");
            assertThat(ratio.getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(ratio.getCell(5).getCellStyle().getWrapText()).isTrue();
            assertThat(ratio.getHeightInPoints()).as("room for the wrapped lines").isGreaterThanOrEqualTo(40);
            Row hours = ProgrammeWorkbookTests.find(saved.getSheet("Summary"), "Sessions held").getRow();
            assertThat(hours.getCell(5).getCellStyle().getWrapText()).as("a short text keeps one line").isFalse();
        }
    }

    @Test
    void stricterTargetsTurnTheStatusIntoAnAction() throws Exception {
        Targets strict = new Targets(0.95, null, null, null, null, null, null).over(Targets.BUILT_IN);
        Path file = temp.resolve("strict.xlsx");
        ProgrammeWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, ProgrammeSamples.programme(0), strict, List.of(),
                file);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            Row participation = ProgrammeWorkbookTests.find(saved.getSheet("At a glance"), "Participation").getRow();
            assertThat(participation.getCell(1).getStringCellValue()).isEqualTo("act");
            assertThat(participation.getCell(4).getStringCellValue()).isEqualTo("≥ 95%");
        }
    }

    @Test
    void neverRevealsASuppressedValue() throws Exception {
        ProgrammeData sample = ProgrammeSamples.programme(0);
        Map<String, Figure> all = new java.util.LinkedHashMap<>(sample.all());
        for (String metric : List.of("respondents", "response_rate", "satisfaction_mean", "nps")) {
            all.put(metric, new Figure(null, null, null, null, true));
        }
        Map<String, Map<String, Figure>> figures = new java.util.LinkedHashMap<>(sample.figures());
        figures.put("ALL", all);
        // last month's satisfaction was shown: its change would give this month's value away
        ProgrammeData data = new ProgrammeData(sample.programmeId(), sample.name(), sample.period(), 5, 10, figures,
                Map.of("satisfaction_mean", new Figure(4.0, 30L, 3.8, 4.2, false)), sample.trend(),
                sample.dormantCount(), sample.dormantPairs(), sample.bridges(), sample.details(), sample.quality(),
                sample.rejectsFolder());

        try (XSSFWorkbook saved = programmeWorkbook(data)) {
            Sheet glance = saved.getSheet("At a glance");
            Row satisfaction = ProgrammeWorkbookTests.find(glance, "Satisfaction").getRow();
            assertThat(satisfaction.getCell(1).getStringCellValue()).isEqualTo("not shown");
            assertThat(satisfaction.getCell(3).getStringCellValue()).isEqualTo("suppressed (n < 5)");
            for (Cell cell : satisfaction) {
                assertThat(cell.getCellType()).as(cell.getAddress().toString()).isNotEqualTo(CellType.NUMERIC);
            }
            assertThat(texts(glance)).noneMatch(t -> t.contains("Satisfaction (1–5)"));
            assertThat(texts(glance)).contains("Satisfaction of the whole programme is suppressed: fewer than 5"
                    + " respondents. Ask for more answers.", "Satisfaction of the tiny cohort is suppressed: fewer"
                    + " than 5 respondents. Ask for more answers.");
        }
    }

    @Test
    void organisationGlanceGivesEveryProgrammeItsStatusesAndFirstStep() throws Exception {
        Map<String, Figure> career = GlanceTests.healthy();
        career.put("dormant_pairs", GlanceTests.shown(3));
        Map<String, Figure> peer = GlanceTests.healthy();
        peer.put("match_rate", GlanceTests.shown(0.55));
        peer.put("satisfaction_mean", new Figure(null, null, null, null, true));
        OrganisationData data = new OrganisationData("2026-10", 5, List.of(
                new ProgrammeRow("career", "Career", career, Map.of("sessions_held", GlanceTests.shown(1))),
                new ProgrammeRow("peer", "+Peer", peer, Map.of())), Map.of(), List.of(),
                new Details("ALL", 5, 10, false, List.of(), List.of(), List.of(), List.of()));
        TargetSettings targets = new TargetSettings(null,
                Map.of("peer", new Targets(0.5, null, null, null, null, null, null)));
        Path file = temp.resolve("organisation-2026-10.xlsx");

        OrganisationWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, data, targets, List.of(), file);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            assertThat(saved.getSheetAt(0).getSheetName()).isEqualTo("At a glance");
            Sheet glance = saved.getSheetAt(0);
            Row careerRow = ProgrammeWorkbookTests.find(glance, "Career").getRow();
            assertThat(cells(careerRow)).containsExactly("Career", "on track", "on track", "on track", "on track",
                    "3 pairs have not met for two cadences: contact them first (see Dormant pairs).");
            Row peerRow = ProgrammeWorkbookTests.find(glance, "+Peer").getRow();
            assertThat(cells(peerRow).subList(1, 5)).containsExactly("on track", "on track", "not shown",
                    "on track");
            assertThat(peerRow.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            Row programmes = ProgrammeWorkbookTests.find(saved.getSheet("Programmes"), "Career").getRow();
            assertThat(programmes.getCell(7).getStringCellValue())
                    .isEqualTo("no clear difference (range 0.93–3.33 includes 1)");
        }
    }

    @Test
    void organisationGlanceWordsEachProgrammesFirstStepInItsOwnFormat() throws Exception {
        Map<String, Figure> circles = GlanceTests.healthy();
        circles.put("dormant_pairs", GlanceTests.shown(3));
        OrganisationData data = new OrganisationData("2026-10", 5, List.of(
                new ProgrammeRow("circles", "Circles", circles, Map.of(), false, ProgrammeFormat.GROUP)), Map.of(),
                List.of(), new Details("ALL", 5, 10, false, List.of(), List.of(), List.of(), List.of()));
        Path file = temp.resolve("organisation-2026-10.xlsx");

        OrganisationWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, data, new TargetSettings(null, Map.of()),
                List.of(), file);

        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            Row row = ProgrammeWorkbookTests.find(saved.getSheetAt(0), "Circles").getRow();
            assertThat(row.getCell(5).getStringCellValue()).startsWith("3 group places have not met");
        }
    }

    private XSSFWorkbook programmeWorkbook(ProgrammeData data) throws Exception {
        Path file = temp.resolve("career-2026-10.xlsx");
        ProgrammeWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, data, List.of(), file);
        return new XSSFWorkbook(file.toFile());
    }

    private static List<String> texts(Sheet sheet) {
        return ProgrammeWorkbookTests.texts(sheet);
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            texts.add(row.getCell(c).getStringCellValue());
        }
        return texts;
    }
}
