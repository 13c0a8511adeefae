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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workbooks are rendered from stored results only: after a run, rendering the period again from
 * the database gives the published workbooks and charts, even with every input table emptied (so no
 * metric, curve or network can have been computed again).
 */
class StoredResultsIntegrationTests {

    private static final List<String> INPUT_TABLES = List.of("session_attendee", "mentoring_session",
            "survey_response", "mentoring_match", "enrolment", "job_event", "employee", "programme", "ingest_reject",
            "ingest_duplicate", "ingest_file", "ingest_source");

    @TempDir
    static Path temp;

    private static TestDatabase db;
    private static Path published;

    @BeforeAll
    static void runMonthly() {
        db = TestDatabase.create("h2", "stored_results");
        CommandResult monthly = MentorLensCli.run(db, "monthly", "--period", "2026-10", "--input", "sample-data",
                "--output", temp.resolve("out").toString());
        assertThat(monthly.exitCode()).as(monthly.err()).isZero();
        published = temp.resolve("out/2026-10");
    }

    @Test
    void rendersThePublishedWorkbooksAgainFromTheDatabase() throws Exception {
        Path again = temp.resolve("again");

        new Workbooks(db.jdbc(), ReportTemplates.bundled(), SiteTargets.load()).write("2026-10",
                WorkbooksIntegrationTests.PROGRAMMES, again);

        assertSameWorkbooksAndCharts(again);
    }

    @Test
    void rendersThePublishedWorkbooksWithEveryInputTableEmptied() throws Exception {
        JdbcTemplate jdbc = db.jdbc();
        for (String table : INPUT_TABLES) {
            jdbc.update("delete from " + table);
        }
        Path again = temp.resolve("without-inputs");

        new Workbooks(jdbc, ReportTemplates.bundled(), SiteTargets.load()).write("2026-10",
                WorkbooksIntegrationTests.PROGRAMMES, again);

        assertSameWorkbooksAndCharts(again);
    }

    private static void assertSameWorkbooksAndCharts(Path again) throws Exception {
        List<Path> workbooks = files(published, ".xlsx");
        assertThat(workbooks).hasSize(WorkbooksIntegrationTests.PROGRAMMES.size() + 1);
        for (Path workbook : workbooks) {
            Path rendered = again.resolve(published.relativize(workbook));
            List<String> expected = WorkbookContent.of(workbook);
            assertThat(expected).as(workbook.toString()).hasSizeGreaterThan(100);
            assertThat(WorkbookContent.of(rendered)).as(rendered.toString()).containsExactlyElementsOf(expected);
        }
        List<Path> charts = files(published, ".png");
        // seven charts per programme workbook, five in the organisation's
        assertThat(charts).hasSize(7 * WorkbooksIntegrationTests.PROGRAMMES.size() + 5);
        for (Path chart : charts) {
            assertThat(again.resolve(published.relativize(chart))).as(chart.toString()).hasSameBinaryContentAs(chart);
        }
    }

    private static List<Path> files(Path folder, String suffix) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(suffix)).sorted().toList());
        }
    }
}
