package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monthly and compare commands on sample-data write every workbook, and LibreOffice opens them all. */
class WorkbooksIntegrationTests {

    static final List<String> PROGRAMMES = List.of("career-mentoring", "peer-coaching", "reverse-mentoring",
            "women-in-tech-circles");

    @TempDir
    static Path temp;

    private static Path period;
    private static Path comparison;

    @BeforeAll
    static void runMonthlyAndCompare() {
        TestDatabase db = TestDatabase.create("h2", "workbooks");
        CommandResult monthly = MentorLensCli.run(db, "monthly", "--period", "2026-10", "--input", "sample-data",
                "--output", temp.resolve("out").toString());
        assertThat(monthly.exitCode()).as(monthly.err()).isZero();
        CommandResult compare = MentorLensCli.run(db, "compare", "--programme", "career-mentoring", "--cohorts",
                "2025-autumn,2026-spring", "--period", "2026-10", "--input", "sample-data", "--output",
                temp.resolve("out").toString());
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        period = temp.resolve("out").resolve("2026-10");
        comparison = temp.resolve("out/compare/career-mentoring/2025-autumn-vs-2026-spring-2026-10.xlsx");
    }

    @Test
    void writesAWorkbookWithEverySheetAndChartsPerProgramme() throws Exception {
        for (String programme : PROGRAMMES) {
            Path file = period.resolve(programme).resolve(programme + "-2026-10.xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
                assertThat(sheetNames(workbook)).containsExactly("At a glance", "Summary", "Participation", "Health",
                        "Dormant pairs", "Satisfaction", "Comments", "Progression & Retention", "Impact", "Network",
                        "Data quality");
                assertThat(workbook.getAllPictures()).hasSize(7);
            }
            assertThat(files(period.resolve(programme).resolve("charts"))).containsExactlyInAnyOrder(
                    "participation-trend.png", "satisfaction-by-role.png", "retention-curves.png",
                    "promotion-rates.png", "cross-department-ties.png", "pair-health.png", "activation-funnel.png");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(period.resolve("ALL/organisation-2026-10.xlsx").toFile())) {
            assertThat(sheetNames(workbook)).containsExactly("At a glance", "Programmes", "Network", "Charts");
            assertThat(ProgrammeWorkbookTests.texts(workbook.getSheet("Programmes"))).contains("Career Mentoring");
        }
        assertThat(files(period.resolve("ALL/charts"))).hasSize(5);
        try (XSSFWorkbook workbook = new XSSFWorkbook(comparison.toFile())) {
            assertThat(sheetNames(workbook)).containsExactly("Comparison", "Side by side");
            assertThat(workbook.getAllPictures()).as("satisfaction, retention and promotion charts").hasSize(3);
        }
        assertThat(Files.readString(period.resolve("manifest.json"))).contains("career-mentoring-2026-10.xlsx",
                "organisation-2026-10.xlsx", "participation-trend.png");
    }

    @Test
    void keepsTheFormulaLikeSampleCommentAsQuotePrefixedText() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                period.resolve("career-mentoring/career-mentoring-2026-10.xlsx").toFile())) {
            Cell formula = null;
            for (Row row : workbook.getSheet("Comments")) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("=SUM(")) {
                        formula = cell;
                    }
                }
            }
            assertThat(formula).as("the sample comment starting with =SUM(").isNotNull();
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void showsCommentsOnlyOfGroupsWhoseRespondentsAreShown() throws Exception {
        for (String programme : PROGRAMMES) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(
                    period.resolve(programme).resolve(programme + "-2026-10.xlsx").toFile())) {
                List<String> suppressedGroups = new ArrayList<>();
                for (Row row : workbook.getSheet("Satisfaction")) {
                    Cell first = row.getCell(0);
                    Cell second = row.getCell(1);
                    if (first != null && first.getCellType() == CellType.STRING && second != null
                            && second.getCellType() == CellType.STRING
                            && second.getStringCellValue().startsWith("suppressed")) {
                        suppressedGroups.add(first.getStringCellValue());
                    }
                }
                List<String> commentGroups = new ArrayList<>();
                Sheet sheet = workbook.getSheet("Comments");
                int header = ProgrammeWorkbookTests.find(sheet, "Group").getRowIndex();
                for (Row row : sheet) {
                    if (row.getRowNum() > header && row.getCell(1) != null) {
                        commentGroups.add(row.getCell(0).getStringCellValue());
                    }
                }
                assertThat(commentGroups).as(programme).noneMatch(suppressedGroups::contains);
                if (programme.equals("career-mentoring")) {
                    assertThat(suppressedGroups).contains("2025-autumn", "2025-spring");
                    // The 2025 cohorts are below the comment threshold, so no cohort list is shown: the
                    // whole programme's list minus 2026-spring's would give their comments away.
                    assertThat(commentGroups).isNotEmpty().containsOnly("Whole programme");
                }
            }
        }
    }

    @Test
    void libreOfficeConvertsEveryWorkbook() throws Exception {
        List<Path> workbooks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(temp.resolve("out"))) {
            files.filter(f -> f.toString().endsWith(".xlsx")).forEach(workbooks::add);
        }
        assertThat(workbooks).hasSize(PROGRAMMES.size() + 2);
        for (Path workbook : workbooks) {
            LibreOffice.toPdf(workbook, Files.createDirectories(temp.resolve("pdf")));
        }
    }

    @Test
    void failsWithOneSentenceNamingAMissingTemplateFolder() {
        TestDatabase db = TestDatabase.create("h2", "no_template");
        Path empty = temp.resolve("no-templates");

        CommandResult result = MentorLensCli.run(db, "monthly", "--period", "2026-10", "--input", "sample-data",
                "--output", temp.resolve("out2").toString(), "--mentorlens.report.templates=" + empty);

        assertThat(result.exitCode()).as("found before the first row is ingested: a usage error").isEqualTo(2);
        assertThat(result.err()).contains("Report template folder " + empty.toAbsolutePath() + " (mentorlens.report"
                + ".templates) does not exist;").doesNotContain("at dev.mentorlens");
        assertThat(temp.resolve("out2/2026-10")).doesNotExist();
        assertThat(temp.resolve("out2/2026-10.incomplete")).doesNotExist();
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
