package dev.mentorlens.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Participation: the 12-month series of the whole programme (the chart is placed by the workbook). */
final class ParticipationSheet {

    static final List<String> COLUMNS = List.of("enrolled_mentees", "active_matches", "match_rate", "sessions_held",
            "sessions_cancelled", "sessions_no_show", "mentoring_hours", "session_completion_rate", "active_pairs",
            "pair_activity_rate", "dormant_pairs");

    /** Words of the default template's caption on how the rates are computed. */
    private static final String DEFAULT_RATES = "match rate = mentees with a running match";

    private ParticipationSheet() {
    }

    static void fill(TemplateBook book, ProgrammeData data) {
        List<List<Out>> rows = new ArrayList<>();
        for (Map.Entry<YearMonth, Map<String, Double>> month : data.trend().entrySet()) {
            List<Out> row = new ArrayList<>();
            row.add(new Out(month.getKey().atDay(1), Fmt.MONTH));
            for (String metric : COLUMNS) {
                row.add(Out.number(month.getValue().get(metric), Measure.of(metric).fmt()));
            }
            rows.add(row);
        }
        TemplateTable table = book.table("participation_table");
        ProgrammeFormat format = data.details().wording();
        if (format != ProgrammeFormat.PAIRS) {
            // a group or peer programme's columns carry its own words; a pair programme keeps the template's
            Row header = table.sheet().getRow(table.headerRow());
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = header.getCell(table.firstCol() + 1 + c);
                String own = format.measure(COLUMNS.get(c)).label();
                if (cell != null && !own.equals(Measure.of(COLUMNS.get(c)).label())) {
                    cell.setCellValue(own);
                }
            }
            // the longer words take up to three lines in the narrow columns
            header.setHeightInPoints(Math.max(header.getHeightInPoints(), 44));
            replaceRatesCaption(table.sheet(), format);
        }
        int last = table.write(rows);
        table.freezeAndFilter(last);
    }

    /** The default template's caption speaks of matches and pairs; a restyled caption is left as it is. */
    private static void replaceRatesCaption(Sheet sheet, ProgrammeFormat format) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().contains(DEFAULT_RATES)) {
                cell.setCellValue(format.ratesCaption());
                return;
            }
        }
    }
}
