package dev.mentorlens.report;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Styles derived from the template's own cell styles: same font, fill and borders, with the number
 * format of a {@link Fmt} and, for input text, the quote prefix. Cached so a workbook of 100k rows
 * holds a handful of styles.
 */
final class CellStyles {

    private final Workbook workbook;
    private final Map<String, CellStyle> cache = new HashMap<>();

    CellStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    CellStyle of(CellStyle base, Fmt fmt) {
        return cache.computeIfAbsent(base.getIndex() + "/" + fmt, key -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            if (fmt.pattern() != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(fmt.pattern()));
            }
            style.setQuotePrefixed(fmt == Fmt.INPUT);
            return style;
        });
    }
}
