package dev.mentorlens.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Renders {@code <A>-vs-<B>-<YYYY-MM>.xlsx} from {@code comparison.xlsx}: first the verdict on each
 * question (satisfaction, retention, promotions) and the charts of both cohorts, then every measure of
 * both side by side.
 */
final class ComparisonWorkbook {

    static final String TEMPLATE = "comparison.xlsx";
    static final String SATISFACTION = "Is one cohort more satisfied?";
    static final String RETENTION = "Do the mentees of one cohort stay longer?";
    static final String PROMOTION = "Are the mentees of A promoted more often than those of B?";
    /** Two charts side by side fill the page's width at this scale. */
    static final double CHART_SCALE = 0.6;

    private ComparisonWorkbook() {
    }

    static void write(ReportTemplates templates, ComparisonData data, Path file) {
        write(templates, data, new ReportCharts().cohorts(data), file);
    }

    static void write(ReportTemplates templates, ComparisonData data, List<ChartFile> charts, Path file) {
        try (TemplateBook book = TemplateBook.open(templates, TEMPLATE)) {
            book.put("programme_name", Out.input(data.programmeName()));
            book.put("report_period", Out.label(data.period()));
            book.put("cohort_a", Out.input(data.cohortA()));
            book.put("cohort_b", Out.input(data.cohortB()));
            TemplateTable tests = book.table("tests_table");
            int testsLast = tests.write(tests(data));
            // the verdict runs over two columns, so that the second chart of a row can start half-way across
            GlanceSheet.mergeAndFit(tests, testsLast, 1, 2);
            tests.sheet().addMergedRegion(new CellRangeAddress(tests.headerRow(), tests.headerRow(),
                    tests.firstCol() + 1, tests.firstCol() + 2));
            GlanceSheet.fitHeights(tests, testsLast, 0);
            for (ChartFile chart : charts) {
                book.picture(chart, CHART_SCALE);
            }
            // the promotion chart starts a page of its own, so that none of the three is cut by a page break
            int promotionRow = book.reference("promotion_chart").getRow();
            book.sheetOf("promotion_chart").setRowBreak(promotionRow - 1);
            TemplateTable table = book.table("comparison_table");
            nameCohorts(table, data);
            int last = table.write(sideBySide(data));
            for (int column : new int[] {1, 3, 6}) {
                GlanceSheet.fitHeights(table, last, column);
            }
            table.freezeAndFilter(last);
            book.workbook().setActiveSheet(0);
            ReproducibleXlsx.stampProperties(book.workbook(), data.period());
            PrintLayout.apply(book.workbook(), data.programmeName() + ": " + data.cohortA() + " vs "
                    + data.cohortB(), data.period());
            ReproducibleXlsx.write(file, data.period(), book.workbook()::write);
        }
    }

    /** The questions with their verdicts first; the statistic, its range and n follow as figures. */
    static List<List<Out>> tests(ComparisonData data) {
        int k = data.anonymityThreshold();
        String a = data.cohortA();
        String b = data.cohortB();
        List<List<Out>> rows = new ArrayList<>();
        Figure mw = data.tests().get("satisfaction_mannwhitney_p");
        rows.add(List.of(Out.label(SATISFACTION), Out.label(CohortVerdicts.satisfaction(mw,
                data.a().get("satisfaction_mean"), data.b().get("satisfaction_mean"), a, b, k)),
                Out.label(""), Out.of(mw, Fmt.PVALUE, k), noRange(), noRange(), Out.n(mw)));
        Figure logRank = data.tests().get("retention_logrank_p");
        rows.add(List.of(Out.label(RETENTION), Out.label(CohortVerdicts.retention(logRank,
                data.a().get("retention_12m_mentees"), data.b().get("retention_12m_mentees"), a, b)),
                Out.label(""), Out.of(logRank, Fmt.PVALUE, k), noRange(), noRange(), Out.n(logRank)));
        Figure ratio = data.tests().get("promotion_rate_ratio");
        String verdict = CohortVerdicts.promotion(ratio, data.cohort(a), data.cohort(b), a, b);
        // a ratio of too little follow-up is not shown at all, not even next to its verdict
        Figure shown = verdict.startsWith(CohortVerdicts.TOO_EARLY) ? null : ratio;
        rows.add(List.of(Out.label(PROMOTION), Out.label(verdict), Out.label(""), Out.of(shown, Fmt.DECIMAL, k),
                Out.ciLow(shown, Fmt.DECIMAL), Out.ciHigh(shown, Fmt.DECIMAL), Out.n(ratio)));
        return rows;
    }

    /** An empty range cell: a p-value has none. */
    private static Out noRange() {
        return Out.number(null, Fmt.PVALUE);
    }

    /**
     * Every measure with a label, cohort A then B; a cohort's promotion ratio against its baseline is
     * given as its verdict, never as a bare ratio. Measures without a label yet stay in the CSV only.
     */
    private static List<List<Out>> sideBySide(ComparisonData data) {
        int k = data.anonymityThreshold();
        List<List<Out>> rows = new ArrayList<>();
        ProgrammeFormat wording = ProgrammeFormat.of(data.format());
        for (String metric : data.a().keySet()) {
            if (Measure.of(metric).label().equals(metric)) {
                continue;
            }
            Measure measure = wording.measure(metric);
            Figure a = data.a().get(metric);
            Figure b = data.b().get(metric);
            if (metric.equals(SummarySheet.RATIO)) {
                rows.add(List.of(Out.label("Promotions of mentees vs baseline"), SummarySheet.verdict(a, k), Out.n(a),
                        SummarySheet.verdict(b, k), Out.n(b), Out.label(""), Out.label(measure.meaning())));
                continue;
            }
            rows.add(List.of(Out.label(measure.label()), Out.of(a, measure.fmt(), k), Out.n(a),
                    Out.of(b, measure.fmt(), k), Out.n(b),
                    measure.fmt() == Fmt.PVALUE ? Out.number(null, Fmt.PVALUE)
                            : Out.change(b == null ? null : b.value(), a == null ? null : a.value(), measure.fmt()),
                    Out.label(measure.meaning())));
        }
        return rows;
    }

    /** The cohorts' names in the headers of their columns, after the template's own header text. */
    private static void nameCohorts(TemplateTable table, ComparisonData data) {
        var header = table.sheet().getRow(table.headerRow());
        String[] names = {data.cohortA(), data.cohortB()};
        int[] columns = {1, 3};
        for (int i = 0; i < names.length; i++) {
            Cell cell = header.getCell(table.firstCol() + columns[i]);
            if (cell != null) {
                cell.setCellValue(cell.getStringCellValue() + ": " + names[i]);
            }
        }
    }
}
