package dev.mentorlens.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A small drawing kit for the report templates: titles, captions, named cells and table anchors. */
final class TemplateSketch {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final XSSFCellStyle title;
    private final XSSFCellStyle caption;
    private final XSSFCellStyle subtitle;
    private final XSSFCellStyle label;
    private final XSSFCellStyle value;
    private final XSSFCellStyle header;
    private final XSSFCellStyle data;
    private final XSSFCellStyle wrapped;
    private XSSFSheet sheet;
    private int lastTable = -1;

    TemplateSketch() {
        title = style(font(16, true, false, new byte[] {0x1F, 0x3A, 0x5F}), null);
        subtitle = style(font(12, true, false, new byte[] {0x1F, 0x3A, 0x5F}), null);
        caption = style(font(10, false, true, new byte[] {0x44, 0x44, 0x44}), null);
        label = style(font(10, true, false, new byte[] {0x22, 0x22, 0x22}), null);
        value = style(font(10, false, false, new byte[] {0x22, 0x22, 0x22}), null);
        value.setAlignment(HorizontalAlignment.LEFT);
        header = style(font(10, true, false, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}),
                new byte[] {0x1F, 0x4E, 0x79});
        header.setWrapText(true);
        data = style(font(10, false, false, new byte[] {0x22, 0x22, 0x22}), null);
        wrapped = style(font(10, false, false, new byte[] {0x22, 0x22, 0x22}), null);
        wrapped.setWrapText(true);
        for (XSSFCellStyle s : List.of(header, data, wrapped)) {
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            s.setTopBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            s.setLeftBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            s.setRightBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        }
    }

    TemplateSketch sheet(String name, String heading, int... widths) {
        sheet = workbook.createSheet(name);
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        text(0, 0, heading, title);
        return this;
    }

    TemplateSketch caption(int row, String text) {
        text(row, 0, text, caption);
        return this;
    }

    TemplateSketch subtitle(int row, String text) {
        text(row, 0, text, subtitle);
        return this;
    }

    /** A label in column A and a named value cell in column B. */
    TemplateSketch field(int row, String text, String name) {
        text(row, 0, text, label);
        text(row, 1, "", value);
        name(name, row, 1);
        return this;
    }

    /** A named cell of its own (a note or a chart's top-left corner). */
    TemplateSketch named(int row, String name, boolean note) {
        text(row, 0, "", note ? caption : value);
        name(name, row, 0);
        return this;
    }

    /** A chart's top-left corner in another column than A (charts side by side). */
    TemplateSketch chartAt(int row, int col, String name) {
        text(row, col, "", value);
        name(name, row, col);
        return this;
    }

    /** A header row named {@code name} at column A and a styled sample row below it. */
    TemplateSketch table(int row, String name, String... columns) {
        Row data = cells(row + 1);
        for (int c = 0; c < columns.length; c++) {
            text(row, c, columns[c], header);
            data.createCell(c).setCellStyle(this.data);
        }
        cells(row).setHeightInPoints(30);
        name(name, row, 0);
        lastTable = row;
        return this;
    }

    /** Wraps the text of a column of the last table (its sample cell). */
    TemplateSketch wrap(int column) {
        cells(lastTable + 1).getCell(column).setCellStyle(wrapped);
        return this;
    }

    /** Aligns the last table's data to the top of their cells, for rows of several lines. */
    TemplateSketch alignTop() {
        for (org.apache.poi.ss.usermodel.Cell cell : cells(lastTable + 1)) {
            XSSFCellStyle top = workbook.createCellStyle();
            top.cloneStyleFrom(cell.getCellStyle());
            top.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            cell.setCellStyle(top);
        }
        return this;
    }

    /** Gives the last table's header row room for three lines. */
    TemplateSketch tallHeader() {
        cells(lastTable).setHeightInPoints(44);
        return this;
    }

    /** Prints the sheet on one page, wide and tall. */
    TemplateSketch onePage() {
        sheet.getPrintSetup().setFitHeight((short) 1);
        return this;
    }

    /** Repeats the rows down to {@code row} on every printed page. */
    TemplateSketch repeatOnPrint(int row) {
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, row, -1, -1));
        return this;
    }

    void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }

    private void text(int row, int col, String text, XSSFCellStyle style) {
        var cell = cells(row).createCell(col);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private Row cells(int row) {
        return sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    }

    private void name(String name, int row, int col) {
        XSSFName defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula("'" + sheet.getSheetName() + "'!" + new CellReference(row, col, true, true)
                .formatAsString());
    }

    private XSSFFont font(int points, boolean bold, boolean italic, byte[] rgb) {
        XSSFFont font = workbook.createFont();
        font.setFontName("DejaVu Sans");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        font.setColor(new XSSFColor(rgb, null));
        return font;
    }

    private XSSFCellStyle style(XSSFFont font, byte[] fill) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        if (fill != null) {
            style.setFillForegroundColor(new XSSFColor(fill, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
