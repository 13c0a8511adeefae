package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Impact: the matched estimate (mentees against colleagues of the same department, job level and tenure)
 * next to the naive comparison with every colleague never enrolled, both with their 95% ranges, and the
 * whole programme's reading in plain sentences, including what the estimate cannot rule out.
 */
final class ImpactSheet {

    static final String NAME = "Impact";
    static final String RETENTION = "matched_retention_12m_diff";
    static final String PROMOTION = "matched_promotion_12m_diff";
    static final String CAVEAT = "Even the matched estimate compares people who chose to join with people who did"
            + " not: it cannot rule out differences the department, level and tenure do not capture, such as"
            + " ambition, motivation or a supportive manager (self-selection on unmeasured traits). Read a clear"
            + " difference as a sign worth following, not as proof that mentoring caused it.";
    /** Points a wrapped line of the data font takes, with a little room so that lines never overlap. */
    private static final float LINE_POINTS = 13.5f;

    private ImpactSheet() {
    }

    static void fill(TemplateBook book, ProgrammeData data) {
        int k = data.anonymityThreshold();
        List<String> reading = List.of(
                Verdicts.impact(data.figure(ProgrammeData.ALL, RETENTION),
                        data.details().naive(ProgrammeData.ALL, RETENTION), "stay a year", k),
                Verdicts.impact(data.figure(ProgrammeData.ALL, PROMOTION),
                        data.details().naive(ProgrammeData.ALL, PROMOTION), "be promoted within a year", k),
                CAVEAT);
        TemplateTable sentences = book.table("impact_reading");
        int width = book.table("impact_table").width();
        int last = sentences.write(reading.stream().map(text -> List.of(Out.label(text))).toList());
        int charsPerLine = 0;
        for (int c = 0; c < width; c++) {
            charsPerLine += sentences.sheet().getColumnWidth(sentences.firstCol() + c) / 256;
        }
        for (int r = sentences.headerRow(); r <= last; r++) {
            sentences.sheet().addMergedRegion(new CellRangeAddress(r, r, sentences.firstCol(),
                    sentences.firstCol() + width - 1));
            if (r > sentences.headerRow()) {
                Row row = sentences.sheet().getRow(r);
                row.setHeightInPoints(CommentsSheet.lines(reading.get(r - sentences.headerRow() - 1),
                        Math.max(20, charsPerLine - 4)) * LINE_POINTS + 4);
            }
        }

        List<List<Out>> rows = new ArrayList<>();
        for (String cohort : data.figures().keySet()) {
            rows.add(row(data, cohort, RETENTION, "Stayed a year", k));
            rows.add(row(data, cohort, PROMOTION, "Promoted within a year", k));
        }
        TemplateTable table = book.table("impact_table");
        int lastRow = table.write(rows);
        GlanceSheet.fitHeights(table, lastRow, width - 1);
        table.freezeAndFilter(lastRow);
    }

    private static List<Out> row(ProgrammeData data, String cohort, String metric, String outcome, int k) {
        Figure matched = data.figure(cohort, metric);
        Figure naive = data.details().naive(cohort, metric);
        Figure compared = data.figure(cohort, "mentees_with_controls");
        List<Out> cells = new ArrayList<>(List.of(SatisfactionSheet.groupLabel(cohort), Out.label(outcome),
                Out.of(compared, Fmt.COUNT, k)));
        cells.addAll(points(matched, k));
        cells.addAll(points(naive, k));
        cells.add(Out.label(Verdicts.difference(matched, k)));
        return cells;
    }

    /** A difference of shares and its range, in percentage points; the marker alone when suppressed. */
    private static List<Out> points(Figure diff, int k) {
        if (diff != null && diff.suppressed()) {
            return List.of(Out.suppressed(k), Out.number(null, Fmt.POINTS), Out.number(null, Fmt.POINTS));
        }
        return List.of(Out.number(hundred(diff == null ? null : diff.value()), Fmt.POINTS),
                Out.number(hundred(diff == null ? null : diff.ciLow()), Fmt.POINTS),
                Out.number(hundred(diff == null ? null : diff.ciHigh()), Fmt.POINTS));
    }

    private static Double hundred(Double share) {
        return share == null ? null : share * 100;
    }
}
