package dev.mentorlens.report;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/** Writes an {@link Out} into a cell: numbers as numbers, everything else as a plain string. */
final class Cells {

    private static final int MAX_TEXT = 32_767;

    private Cells() {
    }

    static void put(Cell cell, Out out, CellStyles styles, CellStyle base) {
        cell.setCellStyle(styles.of(base, out.fmt()));
        Object value = out.value();
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Double number && out.fmt() != Fmt.LABEL && out.fmt() != Fmt.INPUT) {
            cell.setCellValue(number);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            String text = value.toString();
            // setCellValue(String) never creates a formula; the quote prefix keeps Excel from reading one on edit
            cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        }
    }
}
