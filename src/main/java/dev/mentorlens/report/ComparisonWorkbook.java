package dev.mentorlens.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


/** Renders {@code <A>-vs-<B>-<YYYY-MM>.xlsx} from {@code comparison.xlsx}: both cohorts side by side. */
final class ComparisonWorkbook {

    static final String TEMPLATE = "comparison.xlsx";

    private ComparisonWorkbook() {
    }

    static void write(ReportTemplates templates, ComparisonData data, Path file) {
        try (TemplateBook book = TemplateBook.open(templates, TEMPLATE)) {
            int k = data.anonymityThreshold();
            book.put("programme_name", Out.input(data.programmeName()));
            book.put("report_period", Out.label(data.period()));
            book.put("cohort_a", Out.input(data.cohortA()));
            book.put("cohort_b", Out.input(data.cohortB()));
            List<List<Out>> rows = new ArrayList<>();
            for (String metric : data.a().keySet()) {
                Measure measure = Measure.of(metric);
                Figure a = data.a().get(metric);
                Figure b = data.b().get(metric);
                rows.add(List.of(Out.label(measure.label()), Out.of(a, measure.fmt(), k), Out.n(a),
                        Out.of(b, measure.fmt(), k), Out.n(b),
                        measure.fmt() == Fmt.PVALUE ? Out.number(null, Fmt.PVALUE)
                                : Out.change(b == null ? null : b.value(), a.value(), measure.fmt()),
                        Out.label(measure.meaning())));
            }
            TemplateTable table = book.table("comparison_table");
            int last = table.write(rows);
            TemplateTable tests = book.table("tests_table");
            // the plain words run over the two last columns, wrapped, so that they print within the page
            GlanceSheet.mergeAndFit(tests, tests.write(tests(data)), 5, 6);
            table.freezeAndFilter(last);
            ReproducibleXlsx.stampProperties(book.workbook(), data.period());
            PrintLayout.apply(book.workbook(), data.programmeName() + ": " + data.cohortA() + " vs "
                    + data.cohortB(), data.period());
            ReproducibleXlsx.write(file, data.period(), book.workbook()::write);
        }
    }

    private static List<List<Out>> tests(ComparisonData data) {
        int k = data.anonymityThreshold();
        List<List<Out>> rows = new ArrayList<>();
        Figure mw = data.tests().get("satisfaction_mannwhitney_p");
        rows.add(List.of(Out.label("Satisfaction (Mann–Whitney p)"), Out.of(mw, Fmt.PVALUE, k), Out.ciLow(null),
                Out.ciHigh(null), Out.n(mw), Out.label(pValueInWords(mw, "satisfaction", k))));
        Figure logRank = data.tests().get("retention_logrank_p");
        rows.add(List.of(Out.label("Retention of mentees (log-rank p)"), Out.of(logRank, Fmt.PVALUE, k),
                Out.ciLow(null), Out.ciHigh(null), Out.n(logRank), Out.label(pValueInWords(logRank, "retention", k))));
        Figure ratio = data.tests().get("promotion_rate_ratio");
        rows.add(List.of(Out.label("Promotion rate ratio, A / B"), Out.of(ratio, Fmt.DECIMAL, k),
                Out.ciLow(ratio, Fmt.DECIMAL), Out.ciHigh(ratio, Fmt.DECIMAL), Out.n(ratio),
                Out.label(ratioInWords(ratio))));
        return rows;
    }

    static String pValueInWords(Figure p, String what, int k) {
        if (p == null) {
            return "Not computed.";
        }
        if (p.suppressed()) {
            return "Not shown: a cohort has fewer than " + k + " respondents.";
        }
        if (p.value() == null) {
            return "Cannot be computed: not enough data, or every answer is the same.";
        }
        return p.value() < 0.05
                ? String.format(Locale.ROOT, "Significant difference in %s at the 5%% level (p = %.4f): unlikely to"
                        + " be chance.", what, p.value())
                : String.format(Locale.ROOT, "No significant difference in %s at the 5%% level (p = %.4f): the gap"
                        + " may be chance.", what, p.value());
    }

    static String ratioInWords(Figure ratio) {
        if (ratio == null || ratio.value() == null) {
            return "Cannot be computed: cohort B has no promotions or no follow-up time.";
        }
        String times = String.format(Locale.ROOT, "mentees of A are promoted %.2f times as often as those of B",
                ratio.value());
        if (ratio.ciLow() == null || ratio.ciHigh() == null) {
            return ratio.value() == 0 ? "Too early: no mentee of A promoted yet."
                    : "Too early to judge: " + times + ", with no range (a cohort has no promotion).";
        }
        // the verdict first, the ratio after it: a ratio alone reads as a difference that may not be there
        boolean includesOne = ratio.ciLow() <= 1 && ratio.ciHigh() >= 1;
        String range = String.format(Locale.ROOT, "%.2f–%.2f", ratio.ciLow(), ratio.ciHigh());
        return includesOne
                ? "No clear difference (range " + range + " includes 1, so not significant at the 5% level): "
                        + times + "."
                : "Clear difference (range " + range + " excludes 1: significant at the 5% level): " + times + ".";
    }
}
