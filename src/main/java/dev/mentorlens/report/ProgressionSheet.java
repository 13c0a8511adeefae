package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.List;

/** Progression & Retention: promotion rates and 12-month retention per group (charts placed by the workbook). */
final class ProgressionSheet {

    private ProgressionSheet() {
    }

    static void fill(TemplateBook book, ProgrammeData data) {
        int k = data.anonymityThreshold();
        List<List<Out>> rows = new ArrayList<>();
        for (String cohort : data.figures().keySet()) {
            Figure ratio = data.figure(cohort, "promotion_rate_ratio");
            rows.add(List.of(SatisfactionSheet.groupLabel(cohort),
                    Out.of(data.figure(cohort, "promotion_rate_mentees"), Fmt.DECIMAL, k),
                    Out.of(data.figure(cohort, "promotion_rate_baseline"), Fmt.DECIMAL, k),
                    Out.label(Verdicts.promotion(ratio, k)), Out.ciLow(ratio, Fmt.DECIMAL),
                    Out.ciHigh(ratio, Fmt.DECIMAL),
                    Out.of(data.figure(cohort, "retention_12m_mentees"), Fmt.PERCENT, k),
                    Out.of(data.figure(cohort, "retention_12m_mentors"), Fmt.PERCENT, k),
                    Out.of(data.figure(cohort, "retention_12m_baseline"), Fmt.PERCENT, k),
                    Out.of(data.figure(cohort, "retention_logrank_p"), Fmt.PVALUE, k),
                    Out.of(data.figure(cohort, "voluntary_attrition_rate"), Fmt.DECIMAL, k)));
        }
        TemplateTable table = book.table("progression_table");
        int last = table.write(rows);
        GlanceSheet.fitHeights(table, last, 3);
        table.freezeAndFilter(last);
    }
}
