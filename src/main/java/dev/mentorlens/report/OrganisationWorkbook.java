package dev.mentorlens.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.report.OrganisationData.ProgrammeRow;

/** Renders {@code ALL/organisation-<YYYY-MM>.xlsx} from {@code organisation.xlsx}: one row per programme. */
final class OrganisationWorkbook {

    static final String TEMPLATE = "organisation.xlsx";

    static final List<String> KEY_METRICS = List.of("enrolled_mentees", "match_rate", "sessions_held",
            "pair_activity_rate", "satisfaction_mean", "nps", "promotion_rate_ratio", "retention_12m_mentees",
            "retention_12m_baseline");

    /** Follows the name of a programme whose figures were kept from a run on earlier inputs. */
    static final String STALE_NOTE = "(stale — computed from earlier inputs; rerun the period)";

    private OrganisationWorkbook() {
    }

    static void write(ReportTemplates templates, OrganisationData data, List<ChartFile> charts, Path file) {
        write(templates, data, TargetSettings.BUILT_IN, charts, file);
    }

    static void write(ReportTemplates templates, OrganisationData data, TargetSettings targets,
            List<ChartFile> charts, Path file) {
        try (TemplateBook book = TemplateBook.open(templates, TEMPLATE)) {
            OrganisationGlanceSheet.fill(book, data, targets);
            book.put("report_period", Out.label(data.period()));
            int k = data.anonymityThreshold();
            List<List<Out>> values = new ArrayList<>();
            List<List<Out>> trends = new ArrayList<>();
            for (ProgrammeRow programme : data.programmes()) {
                String name = programme.stale() ? programme.name() + " " + STALE_NOTE : programme.name();
                List<Out> row = new ArrayList<>(List.of(Out.input(name)));
                List<Out> trend = new ArrayList<>(List.of(Out.input(name)));
                for (String metric : KEY_METRICS) {
                    Measure measure = Measure.of(metric);
                    Figure now = programme.now().get(metric);
                    Figure before = programme.lastMonth().get(metric);
                    if (metric.equals(SummarySheet.RATIO)) {
                        row.add(SummarySheet.verdict(now, k));
                        trend.add(Out.label(""));
                        continue;
                    }
                    row.add(Out.of(now, measure.fmt(), k));
                    trend.add(Out.label(Trend.described(now == null ? null : now.value(),
                            before == null ? null : before.value(), measure.fmt())));
                }
                values.add(row);
                trends.add(trend);
            }
            TemplateTable table = book.table("programmes_table");
            int last = table.write(values);
            GlanceSheet.fitHeights(table, last, 1 + KEY_METRICS.indexOf(SummarySheet.RATIO));
            book.table("trends_table").write(trends);
            table.freezeAndFilter(last);
            NetworkSheet.fill(book, data.network(), data.bridges(), data.details().bridgesEstimated());
            for (ChartFile chart : charts) {
                book.picture(chart, ProgrammeWorkbook.CHART_SCALE);
            }
            book.workbook().setActiveSheet(0);
            ReproducibleXlsx.stampProperties(book.workbook(), data.period());
            PrintLayout.apply(book.workbook(), "All programmes", data.period());
            ReproducibleXlsx.write(file, data.period(), book.workbook()::write);
        }
    }
}
