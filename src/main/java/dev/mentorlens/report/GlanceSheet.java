package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.mentorlens.report.Glance.Action;
import dev.mentorlens.report.Glance.Area;
import dev.mentorlens.report.Glance.Change;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * At a glance, the first sheet of a programme workbook: the status of each area against the programme's
 * targets, what to do next, the measures that changed most since last month and the verdicts on
 * promotions and retention. Printed on one page.
 */
final class GlanceSheet {

    static final String NAME = "At a glance";
    static final String PROMOTIONS = "Promotions vs baseline";
    static final String RETENTION = "Retention vs baseline";
    static final String PROMOTIONS_NOT_AN_AIM = "Promotions vs baseline (not an aim)";

    private GlanceSheet() {
    }

    static void fill(TemplateBook book, ProgrammeData data, Targets targets) {
        int k = data.anonymityThreshold();
        ProgrammeFormat format = data.details().wording();
        Glance glance = Glance.of(data.figures(), data.lastMonth(), targets, k, format);
        book.put("glance_programme", Out.input(data.name()));
        book.put("glance_period", Out.label(data.period()));
        List<List<Out>> areas = new ArrayList<>();
        for (Area area : glance.areas()) {
            areas.add(List.of(Out.label(area.name()), Out.label(area.status().text()), Out.label(area.reading()),
                    area.figure(), Out.label(area.target())));
        }
        TemplateTable status = book.table("status_table");
        int last = status.write(areas);
        colourStatuses(book, status, last, 1);
        fitHeights(status, last, 2);
        wrapLong(status, last, 4);
        List<List<Out>> actions = new ArrayList<>();
        for (Action action : glance.actions()) {
            actions.add(List.of(Out.label(action.area()), Out.count(actions.size() + 1), Out.label(action.text())));
        }
        TemplateTable next = book.table("actions_table");
        fitHeights(next, next.write(actions), 2);
        book.table("changes_table").write(changes(glance.changes(), "", k, true, format));
        TemplateTable verdicts = book.table("verdicts_table");
        last = verdicts.write(List.of(
                List.of(Out.label(format.promotionIsAnAim() ? PROMOTIONS : PROMOTIONS_NOT_AN_AIM),
                        Out.label(glance.promotionStatus().text()),
                        Out.label(glance.promotion())),
                List.of(Out.label(RETENTION), Out.label(glance.retentionStatus().text()),
                        Out.label(glance.retention()))));
        colourStatuses(book, verdicts, last, 1);
        fitHeights(verdicts, last, 2);
        wrapLong(verdicts, last, 0);
    }

    /**
     * Wraps the cells of a column whose text is longer than the column is wide (a verdict in a narrow value
     * column, a long explanation) and makes their rows tall enough, so that no text runs over its
     * neighbours or off the printed page.
     */
    static void wrapLong(TemplateTable table, int lastRow, int column) {
        XSSFSheet sheet = table.sheet();
        int col = table.firstCol() + column;
        double chars = sheet.getColumnWidth(col) / 256.0;
        Map<Short, XSSFCellStyle> wrapped = new HashMap<>();
        for (int r = table.headerRow() + 1; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(col);
            if (cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
                    || cell.getStringCellValue().length() <= chars || cell.getCellStyle().getWrapText()) {
                continue;
            }
            XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
            cell.setCellStyle(wrapped.computeIfAbsent(style.getIndex(), i -> {
                XSSFCellStyle wrap = sheet.getWorkbook().createCellStyle();
                wrap.cloneStyleFrom(style);
                wrap.setWrapText(true);
                return wrap;
            }));
        }
        fitHeights(table, lastRow, column);
    }

    /** Merges each row's cells from {@code from} to {@code to} (table columns) and wraps their text. */
    static void mergeAndFit(TemplateTable table, int lastRow, int from, int to) {
        XSSFSheet sheet = table.sheet();
        int first = table.firstCol() + from;
        int last = table.firstCol() + to;
        double width = 0;
        for (int c = first; c <= last; c++) {
            width += sheet.getColumnWidth(c) / 256.0;
        }
        for (int r = table.headerRow() + 1; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            Cell cell = row.getCell(first);
            if (cell == null) {
                continue;
            }
            XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
            for (int c = first + 1; c <= last; c++) {
                (row.getCell(c) == null ? row.createCell(c) : row.getCell(c)).setCellStyle(style);
            }
            if (!style.getWrapText()) {
                XSSFCellStyle wrapped = sheet.getWorkbook().createCellStyle();
                wrapped.cloneStyleFrom(style);
                wrapped.setWrapText(true);
                for (int c = first; c <= last; c++) {
                    row.getCell(c).setCellStyle(wrapped);
                }
            }
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, first, last));
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                int lines = (int) Math.ceil(cell.getStringCellValue().length() / (width * 1.2));
                row.setHeightInPoints(Math.max(1, lines) * 12.75f + 2);
            }
        }
    }

    /** Row heights for wrapped text in {@code column}: Excel does not grow a row for wrapped text itself. */
    static void fitHeights(TemplateTable table, int lastRow, int column) {
        XSSFSheet sheet = table.sheet();
        int col = table.firstCol() + column;
        double charsPerLine = Math.max(10, sheet.getColumnWidth(col) / 256.0 * 1.2);
        for (int r = table.headerRow() + 1; r <= lastRow; r++) {
            org.apache.poi.xssf.usermodel.XSSFRow row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(col);
            if (cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                continue;
            }
            int lines = (int) Math.ceil(cell.getStringCellValue().length() / charsPerLine);
            float height = Math.max(1, lines) * 12.75f + 2;
            if (lines > 1 || !row.getCTRow().isSetCustomHeight()) {
                float own = row.getCTRow().isSetCustomHeight() ? row.getHeightInPoints() : 0;
                row.setHeightInPoints(Math.max(height, own));
            }
        }
    }

    /** One row per change: measure, this month, last month and the change (in points for shares). */
    static List<List<Out>> changes(List<Change> changes, String prefix, int k, boolean explained) {
        return changes(changes, prefix, k, explained, ProgrammeFormat.PAIRS);
    }

    static List<List<Out>> changes(List<Change> changes, String prefix, int k, boolean explained,
            ProgrammeFormat format) {
        List<List<Out>> rows = new ArrayList<>();
        for (Change change : changes) {
            Measure measure = format.measure(change.metric());
            Double now = change.now().value();
            Double before = change.before().value();
            String words = (now > before ? Trend.UP + " up" : Trend.DOWN + " down") + " since last month. "
                    + measure.meaning();
            List<Out> row = new ArrayList<>(List.of(Out.label(prefix + measure.label()),
                    Out.change(now, before, measure.fmt())));
            if (explained) {
                row.add(Out.label(words));
            }
            row.add(Out.of(change.now(), measure.fmt(), k));
            row.add(Out.of(change.before(), measure.fmt(), k));
            rows.add(row);
        }
        return rows;
    }

    /** Fills the status cells of a table's rows in {@code columns} green, amber, red or grey. */
    static void colourStatuses(TemplateBook book, TemplateTable table, int lastRow, int... columns) {
        XSSFSheet sheet = table.sheet();
        Map<String, CellStyle> cache = new HashMap<>();
        for (int r = table.headerRow() + 1; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            for (int column : columns) {
                Cell cell = row == null ? null : row.getCell(table.firstCol() + column);
                if (cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                    continue;
                }
                String text = cell.getStringCellValue();
                CellStyle base = cell.getCellStyle();
                cell.setCellStyle(cache.computeIfAbsent(base.getIndex() + "/" + text,
                        key -> statusStyle(book.workbook(), base, text)));
            }
        }
    }

    private static CellStyle statusStyle(XSSFWorkbook workbook, CellStyle base, String status) {
        String[] colours = switch (status) {
            case "on track" -> new String[] {"C6EFCE", "006100"};
            case "watch" -> new String[] {"FFEB9C", "7A4A00"};
            case "act" -> new String[] {"FFC7CE", "9C0006"};
            default -> new String[] {"EDEDED", "404040"};
        };
        XSSFCellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setFillForegroundColor(new XSSFColor(hex(colours[0])));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFFont font = workbook.createFont();
        font.setFontName(workbook.getFontAt(base.getFontIndex()).getFontName());
        font.setFontHeightInPoints(workbook.getFontAt(base.getFontIndex()).getFontHeightInPoints());
        font.setBold(true);
        font.setColor(new XSSFColor(hex(colours[1])));
        style.setFont(font);
        return style;
    }

    private static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
