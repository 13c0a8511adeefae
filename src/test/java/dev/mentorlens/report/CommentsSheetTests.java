package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mentorlens.report.Details.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentsSheetTests {

    private static final String LONG = "The sessions helped me prepare for the promotion panel. ".repeat(5).trim();

    @TempDir
    Path temp;

    @Test
    void listsEachCommentOnceUnderItsCohortWhenEveryCohortReachesTheThreshold() throws Exception {
        // the stored lists: the whole programme's (all four) and each cohort's again
        ProgrammeData data = withCohorts(Map.of("big", 30, "spring", 12), List.of(new Comment("ALL", "also great"),
                new Comment("ALL", "great"), new Comment("ALL", "great"), new Comment("ALL", "too short"),
                new Comment("big", "great"), new Comment("big", "too short"), new Comment("spring", "also great")));

        assertThat(rowsOf(render(data))).containsExactly(List.of("big", "great"), List.of("big", "too short"),
                List.of("spring", "also great"), List.of(CommentsSheet.REST, "great"));
    }

    @Test
    void keepsTheWholeProgrammesListWhenACohortIsBelowTheThreshold() throws Exception {
        // even if cohort lists were stored, one cohort under the threshold keeps every comment in one list:
        // the whole programme's list minus the shown cohorts' would give the small cohort's comments away
        ProgrammeData data = withCohorts(Map.of("big", 30, "small", 6), List.of(new Comment("ALL", "mine"),
                new Comment("ALL", "theirs"), new Comment("big", "theirs"), new Comment("small", "mine")));

        assertThat(rowsOf(render(data))).containsExactly(List.of(CommentsSheet.WHOLE_PROGRAMME, "mine"),
                List.of(CommentsSheet.WHOLE_PROGRAMME, "theirs"));
    }

    @Test
    void showsNoCommentOfAProgrammeBelowTheThreshold() throws Exception {
        ProgrammeData data = withCohorts(Map.of("big", 6), List.of(new Comment("ALL", "a secret")));
        data.figures().get("ALL").put("respondents", new Figure(9.0, null, null, null, false));

        assertThat(rowsOf(render(data))).containsExactly(List.of(TemplateTable.NONE));
    }

    @Test
    void wrapsCommentsInAWideColumnWithRowsTallEnoughForEveryLine() throws Exception {
        ProgrammeData data = withCohorts(Map.of("big", 30), List.of(new Comment("ALL", "one line"),
                new Comment("ALL", "first line\nsecond line\nthird line"), new Comment("ALL", LONG)));

        try (XSSFWorkbook saved = new XSSFWorkbook(render(data).toFile())) {
            XSSFSheet sheet = saved.getSheet("Comments");
            int column = ProgrammeWorkbookTests.find(sheet, "Comment").getColumnIndex();
            assertThat(sheet.getColumnWidth(column) / 256).isGreaterThanOrEqualTo(100);
            Row oneLine = ProgrammeWorkbookTests.find(sheet, "one line").getRow();
            Row threeLines = ProgrammeWorkbookTests.find(sheet, "first line\nsecond line\nthird line").getRow();
            Row wrapped = ProgrammeWorkbookTests.find(sheet, LONG).getRow();
            assertThat(threeLines.getCell(column).getCellStyle().getWrapText()).isTrue();
            assertThat(oneLine.getHeightInPoints()).isBetween(12f, 20f);
            assertThat(threeLines.getHeightInPoints()).isGreaterThanOrEqualTo(3 * 12f);
            // 284 characters in a column about 110 wide: three lines
            assertThat(wrapped.getHeightInPoints()).isGreaterThanOrEqualTo(3 * 12f);
        }
    }

    @Test
    void countsTheLinesAWrappedTextTakes() {
        assertThat(CommentsSheet.lines("short", 10)).isEqualTo(1);
        assertThat(CommentsSheet.lines("", 10)).isEqualTo(1);
        assertThat(CommentsSheet.lines("0123456789x", 10)).isEqualTo(2);
        assertThat(CommentsSheet.lines("a\r\nb\n\nc", 10)).isEqualTo(4);
    }

    /** The sample programme with these cohorts (respondents each) and stored comment lists. */
    private static ProgrammeData withCohorts(Map<String, Integer> cohorts, List<Comment> comments) {
        ProgrammeData sample = ProgrammeSamples.programme(0);
        Map<String, Map<String, Figure>> figures = new LinkedHashMap<>();
        figures.put("ALL", new LinkedHashMap<>(sample.all()));
        cohorts.keySet().stream().sorted().forEach(cohort -> {
            Map<String, Figure> own = new LinkedHashMap<>(sample.figures().get("big"));
            own.put("respondents", new Figure((double) cohorts.get(cohort), null, null, null, false));
            figures.put(cohort, own);
        });
        Details d = sample.details();
        Details details = new Details(d.name(), d.anonymityThreshold(), d.commentThreshold(), d.bridgesEstimated(),
                d.arms(), d.scores(), comments, d.departmentTies());
        return new ProgrammeData(sample.programmeId(), sample.name(), sample.period(), sample.anonymityThreshold(),
                sample.commentThreshold(), figures, sample.lastMonth(), sample.trend(), sample.dormantCount(),
                sample.dormantPairs(), sample.bridges(), details, sample.quality(), sample.rejectsFolder());
    }

    private Path render(ProgrammeData data) {
        Path file = temp.resolve("career-2026-10.xlsx");
        ProgrammeWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, data, List.of(), file);
        return file;
    }

    /** The rows below the comments table's header, as shown. */
    private static List<List<String>> rowsOf(Path file) throws Exception {
        try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = saved.getSheet("Comments");
            int header = ProgrammeWorkbookTests.find(sheet, "Group").getRowIndex();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > header) {
                    List<String> values = ProgrammeWorkbookTests.values(row);
                    rows.add(values.subList(0, values.get(values.size() - 1).isEmpty() ? 1 : values.size()));
                }
            }
            return rows;
        }
    }
}
