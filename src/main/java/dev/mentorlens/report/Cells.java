package dev.mentorlens.report;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/** Writes an {@link Out} into a cell: numbers as numbers, everything else as a plain string. */
final class Cells {

    private static final int MAX_TEXT = 32_767;

    private Cells() {
    }

    /**
     * The number without binary noise (3.9999999999999996 becomes 4): rounded to 10 significant digits, far
     * beyond any format shown, so that a reader who widens a cell or copies it sees the number meant.
     */
    static double clean(double number) {
        if (number == 0 || Double.isNaN(number) || Double.isInfinite(number)) {
            return number == 0 ? 0.0 : number;
        }
        return new java.math.BigDecimal(number).round(new java.math.MathContext(10)).doubleValue();
    }

    static void put(Cell cell, Out out, CellStyles styles, CellStyle base) {
        cell.setCellStyle(styles.of(base, out.fmt()));
        Object value = out.value();
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Double number && out.fmt() != Fmt.LABEL && out.fmt() != Fmt.INPUT) {
            cell.setCellValue(clean(number));
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            String text = value.toString();
            // setCellValue(String) never creates a formula; the quote prefix keeps Excel from reading one on edit
            cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        }
    }
}
