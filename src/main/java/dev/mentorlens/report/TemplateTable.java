package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A table of a template: the named cell is the first cell of its header row; the row below is the
 * prototype whose cell styles (fonts, fills, borders) every data row takes. Rows below the table are
 * moved down to make room, so several tables can follow each other on one sheet.
 */
final class TemplateTable {

    static final String NONE = "none";

    private final TemplateBook book;
    private final XSSFSheet sheet;
    private final int headerRow;
    private final int firstCol;
    private final List<CellStyle> prototype = new ArrayList<>();

    TemplateTable(TemplateBook book, String name) {
        this.book = book;
        CellReference ref = book.reference(name);
        this.sheet = book.sheetOf(name);
        this.headerRow = ref.getRow();
        this.firstCol = ref.getCol();
        Row header = sheet.getRow(headerRow);
        Row proto = sheet.getRow(headerRow + 1);
        if (header == null || proto == null) {
            throw new ReportTemplateException("Report template " + book.fileName() + ": table '" + name
                    + "' needs a header row and a styled sample row below it.");
        }
        for (int col = firstCol; col < Math.max(header.getLastCellNum(), firstCol + 1); col++) {
            Cell cell = proto.getCell(col);
            prototype.add(cell == null ? book.workbook().getCellStyleAt(0) : cell.getCellStyle());
        }
    }

    int headerRow() {
        return headerRow;
    }

    int firstCol() {
        return firstCol;
    }

    int width() {
        return prototype.size();
    }

    XSSFSheet sheet() {
        return sheet;
    }

    CellStyle style(int column) {
        return prototype.get(Math.min(column, prototype.size() - 1));
    }

    /** Writes the rows below the header ("none" when there are none) and returns the last row index. */
    int write(List<List<Out>> rows) {
        List<List<Out>> data = rows.isEmpty() ? List.of(List.of(Out.label(NONE))) : rows;
        int first = headerRow + 1;
        if (data.size() > 1 && sheet.getLastRowNum() > first) {
            sheet.shiftRows(first + 1, sheet.getLastRowNum(), data.size() - 1, true, false);
        }
        for (int i = 0; i < data.size(); i++) {
            Row row = sheet.getRow(first + i) == null ? sheet.createRow(first + i) : sheet.getRow(first + i);
            writeRow(row, data.get(i));
        }
        return first + data.size() - 1;
    }

    void writeRow(Row row, List<Out> values) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.getCell(firstCol + c) == null ? row.createCell(firstCol + c) : row.getCell(firstCol + c);
            Cells.put(cell, values.get(c), book.styles(), style(c));
        }
    }

    /** Freezes the rows down to the header and puts an autofilter on the table. */
    void freezeAndFilter(int lastRow) {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(lastRow, headerRow + 1), firstCol,
                firstCol + width() - 1));
    }

    /** Drops the sample row so that a streamed sheet can append its rows right below the header. */
    void removePrototype() {
        Row proto = sheet.getRow(headerRow + 1);
        if (proto != null) {
            sheet.removeRow(proto);
        }
    }
}
