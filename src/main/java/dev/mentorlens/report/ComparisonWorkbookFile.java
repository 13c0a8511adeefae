package dev.mentorlens.report;

import java.nio.file.Path;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Writes the workbook of a cohort comparison from the comparison the compare step stored. */
@Service
public class ComparisonWorkbookFile {

    /** @param workbook the file to write */
    public record Request(String period, String programmeId, String cohortA, String cohortB, Path workbook) {
    }

    private final JdbcTemplate jdbc;
    private final ReportTemplates templates;

    ComparisonWorkbookFile(JdbcTemplate jdbc, ReportTemplates templates) {
        this.jdbc = jdbc;
        this.templates = templates;
    }

    public void write(Request request) {
        ComparisonData data = new ReportDataRepository(jdbc).comparison(request.period(), request.programmeId(),
                request.cohortA(), request.cohortB());
        ComparisonWorkbook.write(templates, data, request.workbook());
    }
}
