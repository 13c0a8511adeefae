package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every programme workbook and the organisation workbook of the sample data, printed by LibreOffice:
 * no chart on any sheet is cut by a page break.
 */
class ChartsPrintIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void noChartOfAnyWorkbookIsCutByAPageBreak() throws Exception {
        TestDatabase db = TestDatabase.create("h2", "charts-print");
        CommandResult monthly = MentorLensCli.run(db, "monthly", "--period", "2026-10", "--input", "sample-data",
                "--output", temp.resolve("out").toString());
        assertThat(monthly.exitCode()).as(monthly.err()).isZero();
        Path period = temp.resolve("out/2026-10");

        for (String programme : WorkbooksIntegrationTests.PROGRAMMES) {
            assertWhole(period.resolve(programme).resolve(programme + "-2026-10.xlsx"), 7);
        }
        assertWhole(period.resolve("ALL/organisation-2026-10.xlsx"), 5);
    }

    private void assertWhole(Path workbook, int charts) throws Exception {
        Map<String, Integer> pagesPerChart = PdfImages.pagesPerImage(LibreOffice.toPdf(workbook, temp));

        // a chart cut by a page break is drawn on both pages
        assertThat(pagesPerChart).as(workbook.getFileName().toString()).hasSize(charts)
                .allSatisfy((chart, pages) -> assertThat(pages).as(workbook.getFileName() + " chart " + chart)
                        .isEqualTo(1));
    }
}
