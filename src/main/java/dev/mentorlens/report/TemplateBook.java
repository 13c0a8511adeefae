package dev.mentorlens.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook opened from a template: its named cells are filled by name, its tables grow below their
 * named header row, and charts are placed at named anchor cells. Every name the renderer needs must
 * exist, else the template is reported as broken.
 */
final class TemplateBook implements AutoCloseable {

    private final XSSFWorkbook workbook;
    private final String fileName;
    private final CellStyles styles;

    private TemplateBook(XSSFWorkbook workbook, String fileName) {
        this.workbook = workbook;
        this.fileName = fileName;
        this.styles = new CellStyles(workbook);
    }

    /** Opens a template; a missing or unreadable one is a one-sentence error naming it. */
    static TemplateBook open(ReportTemplates templates, String fileName) {
        return open(templates, fileName, templates.read(fileName));
    }

    /** Opens a template from bytes already read; unreadable ones are the same one-sentence error. */
    static TemplateBook open(ReportTemplates templates, String fileName, byte[] bytes) {
        try {
            return new TemplateBook(new XSSFWorkbook(new ByteArrayInputStream(bytes)), fileName);
        } catch (IOException | RuntimeException e) {
            throw new ReportTemplateException("Report template " + templates.describe(fileName) + " is not a readable"
                    + " .xlsx workbook (" + e.getClass().getSimpleName() + "); save it again from Excel or LibreOffice"
                    + " as .xlsx.");
        }
    }

    XSSFWorkbook workbook() {
        return workbook;
    }

    CellStyles styles() {
        return styles;
    }

    CellReference reference(String name) {
        XSSFName defined = workbook.getName(name);
        if (defined == null || defined.getRefersToFormula() == null) {
            throw new ReportTemplateException("Report template " + fileName + " has no named cell '" + name
                    + "'; see report-templates/README.md for the names that must stay.");
        }
        try {
            return new AreaReference(defined.getRefersToFormula(), SpreadsheetVersion.EXCEL2007).getFirstCell();
        } catch (RuntimeException e) {
            throw new ReportTemplateException("Report template " + fileName + ": the name '" + name
                    + "' does not point at a cell (" + defined.getRefersToFormula() + ").");
        }
    }

    XSSFSheet sheetOf(String name) {
        XSSFSheet sheet = workbook.getSheet(reference(name).getSheetName());
        if (sheet == null) {
            throw new ReportTemplateException("Report template " + fileName + ": the name '" + name
                    + "' points at a sheet that does not exist.");
        }
        return sheet;
    }

    Cell cell(String name) {
        CellReference ref = reference(name);
        Sheet sheet = sheetOf(name);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }

    /** Takes out of the workbook the sheet a name points at, with every name that points into it. */
    void removeSheetOf(String name) {
        String sheet = sheetOf(name).getSheetName();
        for (XSSFName defined : new java.util.ArrayList<>(workbook.getAllNames())) {
            String formula = defined.getRefersToFormula();
            if (formula != null && new AreaReference(formula, SpreadsheetVersion.EXCEL2007).getFirstCell()
                    .getSheetName().equals(sheet)) {
                workbook.removeName(defined);
            }
        }
        workbook.removeSheetAt(workbook.getSheetIndex(sheet));
    }

    void put(String name, Out value) {
        Cell cell = cell(name);
        Cells.put(cell, value, styles, cell.getCellStyle());
    }

    TemplateTable table(String name) {
        return new TemplateTable(this, name);
    }

    /**
     * Places a chart with its top-left corner at its named anchor cell, scaled; the bottom-right corner
     * is found from the sheet's own column widths and row heights, so the picture keeps its proportions.
     */
    void picture(ChartFile chart, double scale) {
        CellReference ref = reference(chart.anchor());
        XSSFSheet sheet = sheetOf(chart.anchor());
        int index = workbook.addPicture(chart.png(), Workbook.PICTURE_TYPE_PNG);
        int col = ref.getCol();
        double width = chart.width() * scale;
        while (width > sheet.getColumnWidthInPixels(col)) {
            width -= sheet.getColumnWidthInPixels(col++);
        }
        int row = ref.getRow();
        double height = chart.height() * scale;
        while (height > rowHeightInPixels(sheet, row)) {
            height -= rowHeightInPixels(sheet, row++);
        }
        XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, (int) (width * Units.EMU_PER_PIXEL),
                (int) (height * Units.EMU_PER_PIXEL), ref.getCol(), ref.getRow(), col, row);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        sheet.createDrawingPatriarch().createPicture(anchor, index);
    }

    private static double rowHeightInPixels(XSSFSheet sheet, int row) {
        Row r = sheet.getRow(row);
        float points = r == null ? sheet.getDefaultRowHeightInPoints() : r.getHeightInPoints();
        return points * Units.PIXEL_DPI / Units.POINT_DPI;
    }

    void write(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write workbook from template " + fileName, e);
        }
    }

    String fileName() {
        return fileName;
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
