package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mentorlens.report.Details.Breakdown;

/**
 * Breakdowns: the programme's mentees by the values of the attributes the run was asked for, one row per
 * value, the numbers of breakdowns.csv. A suppressed cell shows the marker and no number near it; a
 * workbook of a run without breakdowns has no such sheet.
 */
final class BreakdownsSheet {

    static final String NAME = "Breakdowns";

    private BreakdownsSheet() {
    }

    /** Fills the sheet, or takes it out of the workbook when there are no breakdowns. */
    static void fill(TemplateBook book, ProgrammeData data) {
        List<Breakdown> breakdowns = data.details().breakdowns();
        if (breakdowns.isEmpty()) {
            book.removeSheetOf("breakdowns_table");
            return;
        }
        int k = data.anonymityThreshold();
        Map<List<String>, Map<String, Figure>> byValue = new LinkedHashMap<>();
        for (Breakdown b : breakdowns) {
            byValue.computeIfAbsent(List.of(b.attribute(), b.value()), key -> new LinkedHashMap<>())
                    .put(b.metric(), b.figure());
        }
        List<List<Out>> rows = new ArrayList<>();
        byValue.forEach((key, figures) -> {
            Figure satisfaction = figures.get("satisfaction_mean");
            List<Out> row = new ArrayList<>(List.of(Out.input(key.get(0)), Out.input(key.get(1)),
                    Out.of(figures.get("mentees"), Fmt.COUNT, k),
                    Out.of(figures.get("matched_share"), Fmt.PERCENT, k),
                    Out.of(figures.get("activation_rate"), Fmt.PERCENT, k),
                    satisfaction != null && satisfaction.suppressed() ? Out.suppressed(k) : Out.n(satisfaction),
                    Out.of(satisfaction, Fmt.SCORE, k), Out.ciLow(satisfaction, Fmt.SCORE),
                    Out.ciHigh(satisfaction, Fmt.SCORE),
                    Out.of(figures.get("retention_12m_mentees"), Fmt.PERCENT, k),
                    Out.of(figures.get("promotion_rate_mentees"), Fmt.DECIMAL, k)));
            rows.add(row);
        });
        TemplateTable table = book.table("breakdowns_table");
        table.freezeAndFilter(table.write(rows));
    }
}
