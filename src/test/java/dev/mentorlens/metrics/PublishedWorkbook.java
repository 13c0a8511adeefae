package dev.mentorlens.metrics;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The numbers an attacker reads from a programme workbook, read back from the .xlsx as a reader of the
 * file would: the Breakdowns sheet as rows of breakdowns.csv, and the whole programme's activation
 * counts of the Health sheet. A cell that holds text ("suppressed (n &lt; k)") gives no number.
 */
final class PublishedWorkbook {

    private static final String WHOLE_PROGRAMME = "Whole programme";
    private static final String SUPPRESSED = "suppressed";

    private PublishedWorkbook() {
    }

    /** The Breakdowns sheet as breakdowns.csv records (columns attribute, attribute_value, metric, value, n, suppressed). */
    static List<CSVRecord> breakdowns(Path xlsx) throws IOException {
        StringBuilder csv = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(java.nio.file.Files.newInputStream(xlsx));
                CSVPrinter out = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            out.printRecord("attribute", "attribute_value", "metric", "value", "n", "suppressed");
            Sheet sheet = workbook.getSheet("Breakdowns");
            Row header = headerRow(sheet, "Attribute");
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || text(row.getCell(0)) == null) {
                    continue;
                }
                String attribute = text(row.getCell(0));
                String value = text(row.getCell(1));
                Double mentees = number(row.getCell(2));
                // columns: mentees, matched share, activation rate, answers, satisfaction, ci, ci, retention, promotions
                out.printRecord(attribute, value, "mentees", show(mentees), show(mentees), hidden(row.getCell(2)));
                for (Object[] metric : new Object[][] {{"matched_share", 3}, {"activation_rate", 4},
                    {"retention_12m_mentees", 9}, {"promotion_rate_mentees", 10}}) {
                    Cell cell = row.getCell((Integer) metric[1]);
                    boolean hidden = hidden(cell);
                    out.printRecord(attribute, value, metric[0], show(number(cell)), hidden ? "" : show(mentees),
                            hidden);
                }
                Cell mean = row.getCell(6);
                out.printRecord(attribute, value, "satisfaction_mean", show(number(mean)),
                        show(number(row.getCell(5))), hidden(mean));
            }
        }
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString())).getRecords();
    }

    /** The whole programme's Mentees, Matched and Met of the Health sheet's activation table. */
    static Map<String, Double> activationTotals(Path xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(java.nio.file.Files.newInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Health");
            Row header = headerRow(sheet, "Group", "Mentees");
            Row whole = sheet.getRow(header.getRowNum() + 1);
            if (!WHOLE_PROGRAMME.equals(text(whole.getCell(0)))) {
                throw new AssertionError("The activation table of the Health sheet does not start with the whole"
                        + " programme");
            }
            Map<String, Double> totals = new LinkedHashMap<>();
            totals.put("mentees", number(whole.getCell(1)));
            totals.put("matched", number(whole.getCell(2)));
            totals.put("met", number(whole.getCell(3)));
            return totals;
        }
    }

    private static Row headerRow(Sheet sheet, String... cells) {
        for (Row row : sheet) {
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < cells.length; c++) {
                texts.add(text(row.getCell(c)));
            }
            if (texts.equals(List.of(cells))) {
                return row;
            }
        }
        throw new AssertionError("No table headed " + List.of(cells) + " on sheet " + sheet.getSheetName());
    }

    private static String text(Cell cell) {
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
    }

    private static Double number(Cell cell) {
        return cell != null && cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : null;
    }

    private static boolean hidden(Cell cell) {
        String text = text(cell);
        return text != null && text.startsWith(SUPPRESSED);
    }

    private static String show(Double number) {
        return number == null ? "" : Double.toString(number);
    }
}
