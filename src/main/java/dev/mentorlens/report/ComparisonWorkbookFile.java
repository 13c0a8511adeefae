package dev.mentorlens.report;

import java.nio.file.Path;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Writes the workbook of a cohort comparison from the comparison CSV file. */
@Service
public class ComparisonWorkbookFile {

    /** @param csv the comparison CSV file to read; {@code workbook} the file to write */
    public record Request(String programmeId, String cohortA, String cohortB, int anonymityThreshold, Path csv,
            Path workbook) {
    }

    private final JdbcTemplate jdbc;
    private final Path templates;

    ComparisonWorkbookFile(JdbcTemplate jdbc, ReportSettings settings) {
        this.jdbc = jdbc;
        this.templates = Path.of(settings.templates());
    }

    public void write(Request request) {
        ComparisonData data = ComparisonData.read(request.csv(),
                new ReportRepository(jdbc).programmeName(request.programmeId()), request.cohortA(), request.cohortB(),
                request.anonymityThreshold());
        ComparisonWorkbook.write(templates, data, request.workbook());
    }
}
