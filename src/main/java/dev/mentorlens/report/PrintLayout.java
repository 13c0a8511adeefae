package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How every sheet prints: A4 landscape, one page wide, a footer with the workbook's subject, the month
 * and the page numbers, and a page break before any chart that would otherwise be cut in two. The
 * template's own choices stay where they are stricter (a one-page sheet, its repeated header rows).
 * On a sheet with charts every row without wrapped text is given the height it is counted at here:
 * LibreOffice otherwise prints such rows at a height of its own, shorter than the one the charts were
 * anchored with, and the page breaks counted here would miss.
 */
final class PrintLayout {

    /** A4 landscape in points, less the margins set here. */
    static final double PAGE_WIDTH = 842 - 2 * 36;
    static final double PAGE_HEIGHT = 595 - 2 * 54;
    /** Line height of the sans-serif fonts the templates use, as a multiple of the font size. */
    private static final double LINE_HEIGHT = 1.3;
    /** Average character width as a multiple of the font size, on the narrow side: a page then holds fewer rows. */
    private static final double CHAR_WIDTH = 0.45;
    private static final double MARGIN_SIDE = 0.5;
    private static final double MARGIN_TOP_BOTTOM = 0.75;
    private static final double MARGIN_HEADER_FOOTER = 0.3;

    private PrintLayout() {
    }

    /** @param subject the programme (or "All programmes") the workbook reports on, as written in its footer */
    static void apply(XSSFWorkbook workbook, String subject, String period) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            if (print.getFitHeight() != 1) {
                print.setFitHeight((short) 0);
            }
            sheet.setMargin(XSSFSheet.LeftMargin, MARGIN_SIDE);
            sheet.setMargin(XSSFSheet.RightMargin, MARGIN_SIDE);
            sheet.setMargin(XSSFSheet.TopMargin, MARGIN_TOP_BOTTOM);
            sheet.setMargin(XSSFSheet.BottomMargin, MARGIN_TOP_BOTTOM);
            sheet.setMargin(XSSFSheet.HeaderMargin, MARGIN_HEADER_FOOTER);
            sheet.setMargin(XSSFSheet.FooterMargin, MARGIN_HEADER_FOOTER);
            sheet.getFooter().setLeft(escaped(subject) + " — " + period);
            sheet.getFooter().setCenter("&A");
            sheet.getFooter().setRight("Page &P of &N");
            if (print.getFitHeight() != 1) {
                keepChartsWhole(sheet);
            }
        }
    }

    /** Footer text is a small language where '&' starts a code: a literal one is doubled. */
    static String escaped(String text) {
        return text.replace("&", "&&");
    }

    /**
     * Walks down the sheet as the printer fills pages (rows at the scale that fits the page width) and
     * breaks the page before a chart that would run over the end of the page it starts on.
     */
    static void keepChartsWhole(XSSFSheet sheet) {
        List<XSSFClientAnchor> charts = charts(sheet);
        if (charts.isEmpty()) {
            return;
        }
        int lastCol = 0;
        int lastRow = sheet.getLastRowNum();
        for (Row row : sheet) {
            lastCol = Math.max(lastCol, row.getLastCellNum());
        }
        for (XSSFClientAnchor chart : charts) {
            lastCol = Math.max(lastCol, chart.getCol2() + 1);
            lastRow = Math.max(lastRow, chart.getRow2());
        }
        double[] left = new double[lastCol + 1];
        for (int c = 0; c < lastCol; c++) {
            left[c + 1] = left[c] + sheet.getColumnWidthInPixels(c) * Units.POINT_DPI / Units.PIXEL_DPI;
        }
        double width = left[lastCol];
        // a caption that runs on past its cell widens what is printed
        for (Row row : sheet) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && !cell.getCellStyle().getWrapText() && cell.getColumnIndex() < lastCol) {
                    double font = sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex())
                            .getFontHeightInPoints();
                    width = Math.max(width, left[cell.getColumnIndex()]
                            + cell.getStringCellValue().length() * font * CHAR_WIDTH);
                }
            }
        }
        // a sheet wider than the page prints smaller; a narrow one is not enlarged
        double scale = Math.min(1, PAGE_WIDTH / width);
        double page = PAGE_HEIGHT / scale - repeatedHeight(sheet);
        double[] top = new double[lastRow + 2];
        for (int r = 0; r <= lastRow; r++) {
            top[r + 1] = top[r] + fixHeight(sheet, r);
        }
        double pageStart = 0;
        for (int r = 0; r <= lastRow; r++) {
            if (r > 0 && sheet.isRowBroken(r - 1)) {
                pageStart = top[r];
            }
            for (XSSFClientAnchor chart : charts) {
                double bottom = top[chart.getRow2()] + chart.getDy2() / (double) Units.EMU_PER_POINT;
                // the row above goes with the chart: LibreOffice also draws a picture that starts right at
                // a break on the page before it
                int first = r - 1;
                if (chart.getRow1() == r && bottom - pageStart > page && first > 0 && top[first] > pageStart) {
                    sheet.setRowBreak(first - 1);
                    pageStart = top[first];
                }
            }
            if (top[r + 1] - pageStart > page) {
                pageStart = top[r];
            }
        }
    }

    private static List<XSSFClientAnchor> charts(XSSFSheet sheet) {
        List<XSSFClientAnchor> anchors = new ArrayList<>();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing != null) {
            for (XSSFShape shape : drawing.getShapes()) {
                if (shape instanceof XSSFPicture picture) {
                    anchors.add(picture.getClientAnchor());
                }
            }
        }
        anchors.sort((a, b) -> Integer.compare(a.getRow1(), b.getRow1()));
        return anchors;
    }

    private static double repeatedHeight(XSSFSheet sheet) {
        CellRangeAddress rows = sheet.getRepeatingRows();
        double height = 0;
        if (rows != null) {
            for (int r = rows.getFirstRow(); r <= rows.getLastRow(); r++) {
                height += height(sheet, r);
            }
        }
        return height;
    }

    /**
     * Gives a row without a height of its own the one {@link #height} counts, so that it prints at it;
     * a row with wrapped text keeps growing with its lines instead.
     */
    private static double fixHeight(XSSFSheet sheet, int r) {
        double height = height(sheet, r);
        XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        boolean wraps = false;
        for (org.apache.poi.ss.usermodel.Cell cell : row) {
            wraps |= cell.getCellStyle().getWrapText();
        }
        if (!wraps && !hasOwnHeight(row)) {
            row.setHeightInPoints((float) height);
        }
        return height;
    }

    private static boolean hasOwnHeight(XSSFRow row) {
        return row.getCTRow().isSetCustomHeight() && row.getCTRow().getCustomHeight();
    }

    /**
     * A row's printed height: its own when set, else the sheet's default row height (the one charts are
     * anchored with) or more for a large font.
     */
    private static double height(XSSFSheet sheet, int r) {
        XSSFRow row = sheet.getRow(r);
        if (row != null && hasOwnHeight(row)) {
            return row.getHeightInPoints();
        }
        double font = 10;
        if (row != null) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                font = Math.max(font, sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex())
                        .getFontHeightInPoints());
            }
        }
        return Math.max(sheet.getDefaultRowHeightInPoints(), font * LINE_HEIGHT);
    }
}
