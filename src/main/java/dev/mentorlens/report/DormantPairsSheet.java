package dev.mentorlens.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.mentorlens.report.ReportRepository.DormantRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Dormant pairs, then the pairs that need a check-in before they go dormant, streamed: the template's sample row is dropped and the pairs are appended below the
 * header through SXSSF, which keeps only a window of rows in memory however long the list is.
 */
final class DormantPairsSheet {

    static final String NEVER = "never";
    static final String DORMANT = "dormant";
    static final String NEEDS_CHECK_IN = "needs check-in";

    private final TemplateTable table;
    private final LocalDate monthEnd;

    /** Prepares the sheet while the workbook is still plain XSSF (before streaming starts). */
    DormantPairsSheet(TemplateBook book, long count, Figure checkIn, String period) {
        this.monthEnd = YearMonth.parse(period).atEndOfMonth();
        book.put("dormant_count", Out.count(count));
        book.put("check_in_count", Out.number(Glance.shown(checkIn), Fmt.COUNT));
        this.table = book.table("dormant_table");
        table.removePrototype();
        table.sheet().createFreezePane(0, table.headerRow() + 1);
    }

    /** Appends every pair to the streamed sheet and puts the autofilter over them; returns the rows written. */
    long stream(SXSSFWorkbook streaming, Consumer<Consumer<DormantRow>> pairs) {
        SXSSFSheet sheet = streaming.getSheet(table.sheet().getSheetName());
        long[] written = {0};
        int first = table.headerRow() + 1;
        pairs.accept(pair -> {
            Row row = sheet.createRow(first + (int) written[0]);
            table.writeRow(row, cells(pair));
            written[0]++;
        });
        if (written[0] == 0) {
            table.writeRow(sheet.createRow(first), List.of(Out.label(TemplateTable.NONE)));
        }
        int last = first + (int) Math.max(written[0], 1) - 1;
        sheet.setAutoFilter(new CellRangeAddress(table.headerRow(), last, table.firstCol(),
                table.firstCol() + table.width() - 1));
        return written[0];
    }

    /**
     * Match, cohort, the mentor and the mentee each with department, job level and manager, the last held
     * session and the days since it (since matching when the pair never met) at the end of the month, and
     * the pair's state.
     */
    private List<Out> cells(DormantRow pair) {
        List<Out> cells = new ArrayList<>(15);
        cells.add(Out.input(pair.matchId()));
        cells.add(pair.cohort() == null ? Out.label("") : Out.input(pair.cohort()));
        cells.add(Out.input(pair.mentorId()));
        cells.addAll(NetworkSheet.whereTheySit(pair.mentor()));
        cells.add(Out.input(pair.menteeId()));
        cells.addAll(NetworkSheet.whereTheySit(pair.mentee()));
        cells.add(pair.lastHeld() == null ? Out.label(NEVER) : Out.date(pair.lastHeld()));
        Long days = pair.daysQuiet(monthEnd);
        cells.add(days == null ? Out.number(null, Fmt.COUNT) : Out.count(days));
        cells.add(Out.label(pair.dormant() ? DORMANT : NEEDS_CHECK_IN));
        return cells;
    }
}
