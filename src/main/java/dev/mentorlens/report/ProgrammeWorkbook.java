package dev.mentorlens.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Renders {@code <programme>-<YYYY-MM>.xlsx} from {@code programme.xlsx}. */
final class ProgrammeWorkbook {

    static final String TEMPLATE = "programme.xlsx";
    /** Rows SXSSF keeps in memory while streaming the dormant pairs. */
    private static final int WINDOW = 200;
    static final double CHART_SCALE = 0.75;

    private ProgrammeWorkbook() {
    }

    /** Writes the workbook to {@code file}; returns the number of pairs streamed (dormant and to check in). */
    static long write(ReportTemplates templates, ProgrammeData data, List<ChartFile> charts, Path file) {
        return write(templates, data, Targets.BUILT_IN, charts, file);
    }

    static long write(ReportTemplates templates, ProgrammeData data, Targets targets, List<ChartFile> charts,
            Path file) {
        try (TemplateBook book = TemplateBook.open(templates, TEMPLATE)) {
            GlanceSheet.fill(book, data, targets);
            SummarySheet.fill(book, data);
            ParticipationSheet.fill(book, data);
            HealthSheet.fill(book, data);
            SatisfactionSheet.fill(book, data);
            CommentsSheet.fill(book, data);
            ProgressionSheet.fill(book, data);
            ImpactSheet.fill(book, data);
            NetworkSheet.fill(book, data.all(), data.bridges(), data.details().bridgesEstimated());
            BreakdownsSheet.fill(book, data);
            QualitySheet.fill(book, data.quality(), data.rejectsFolder());
            for (ChartFile chart : charts) {
                book.picture(chart, CHART_SCALE);
            }
            DormantPairsSheet dormant = new DormantPairsSheet(book, data.dormantCount(),
                    data.figure(ProgrammeData.ALL, "pairs_needs_check_in"), data.period());
            book.workbook().setActiveSheet(0);
            ReproducibleXlsx.stampProperties(book.workbook(), data.period());
            PrintLayout.apply(book.workbook(), data.name(), data.period());
            return stream(book, dormant, data, file);
        }
    }

    private static long stream(TemplateBook book, DormantPairsSheet dormant, ProgrammeData data, Path file) {
        SXSSFWorkbook streaming = new SXSSFWorkbook(book.workbook(), WINDOW);
        try {
            long rows = dormant.stream(streaming, data.dormantPairs());
            ReproducibleXlsx.write(file, data.period(), streaming::write);
            return rows;
        } finally {
            try {
                streaming.close();
            } catch (IOException e) {
                // the workbook is written; a temp file left behind is not worth failing the run
            }
        }
    }
}
