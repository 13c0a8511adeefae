package dev.mentorlens.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The attributes of an employee (docs/metrics.md, programme health and impact): every non-empty value of a column of
 * {@code employees.csv} beyond the documented ones, by its header name, kept as text. They are stored in
 * one text column as a CSV record {@code name,value,name,value…}, names in order.
 */
public final class EmployeeAttributes {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("").get();

    private EmployeeAttributes() {
    }

    /** The attribute columns of an employees file: its header names (normalised) beyond the SPEC's. */
    public static List<String> columns(Path employeesCsv) {
        try {
            return CsvFileReader.readHeader(employeesCsv).stream()
                    .filter(name -> !name.isBlank() && !Source.EMPLOYEES.specColumns().contains(name)).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The attribute values of a row read with every column of its file, by name in order. */
    static SortedMap<String, String> of(Map<String, String> rowValues) {
        List<String> specColumns = Source.EMPLOYEES.specColumns();
        SortedMap<String, String> attributes = new TreeMap<>();
        rowValues.forEach((name, value) -> {
            if (!name.isBlank() && !specColumns.contains(name) && !value.isEmpty()) {
                attributes.put(name, value);
            }
        });
        return attributes;
    }

    /** The stored text of some attributes; null when there are none. */
    static String encode(SortedMap<String, String> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(attributes.size() * 24);
        boolean first = true;
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            CsvRecordText.append(text, attribute.getKey(), first);
            CsvRecordText.append(text, attribute.getValue(), false);
            first = false;
        }
        return text.toString();
    }

    /** The attributes stored as {@link #encode} wrote them; empty for null. */
    public static Map<String, String> decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return Map.of();
        }
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(stored)).setFormat(FORMAT).get()) {
            SortedMap<String, String> attributes = new TreeMap<>();
            for (CSVRecord record : parser) {
                for (int i = 0; i + 1 < record.size(); i += 2) {
                    attributes.put(record.get(i), record.get(i + 1));
                }
            }
            return Collections.unmodifiableSortedMap(attributes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
