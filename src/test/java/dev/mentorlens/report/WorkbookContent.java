package dev.mentorlens.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFPictureData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a reader sees in a workbook, one line per item: sheets, every cell (address, type, shown text,
 * number format, quote prefix), merged regions, autofilters and the bytes of every picture. Two
 * workbooks with equal content differ at most in zip entry times.
 */
final class WorkbookContent {

    private WorkbookContent() {
    }

    static List<String> of(Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            for (Sheet sheet : workbook) {
                lines.add("sheet " + sheet.getSheetName() + " filter "
                        + workbook.getSheet(sheet.getSheetName()).getCTWorksheet().getAutoFilter());
                sheet.getMergedRegions().forEach(region -> lines.add("merged " + region.formatAsString()));
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        lines.add(cell.getAddress() + " " + cell.getCellType() + " [" + shown.formatCellValue(cell)
                                + "] " + cell.getCellStyle().getDataFormatString() + " "
                                + cell.getCellStyle().getQuotePrefixed());
                    }
                }
            }
            for (XSSFPictureData picture : workbook.getAllPictures()) {
                lines.add("picture " + Base64.getEncoder().encodeToString(picture.getData()));
            }
        }
        return lines;
    }
}
