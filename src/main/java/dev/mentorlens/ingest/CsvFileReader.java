package dev.mentorlens.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of one input CSV file with the physical line each record starts on.
 * Header names are trimmed and compared case-insensitively; a leading BOM is dropped; blank
 * lines are skipped; values are kept exactly as written.
 */
final class CsvFileReader implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();

    private final String fileName;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final List<String> wantedColumns;
    private long linesBefore;

    CsvFileReader(Path file, List<String> wantedColumns) throws IOException {
        this.fileName = file.getFileName().toString();
        this.wantedColumns = wantedColumns;
        Reader reader = new PushbackReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1);
        skipByteOrderMark((PushbackReader) reader);
        this.parser = CSVParser.builder().setReader(new BufferedReader(reader)).setFormat(FORMAT).get();
        this.records = parser.iterator();
        this.header = records.hasNext() ? records.next().toList() : List.of();
        for (int i = 0; i < header.size(); i++) {
            columnIndex.putIfAbsent(normalise(header.get(i)), i);
        }
        this.linesBefore = parser.getCurrentLineNumber();
    }

    /** Reads just the header names (normalised) of a file. */
    static List<String> readHeader(Path file) throws IOException {
        try (CsvFileReader reader = new CsvFileReader(file, List.of())) {
            return reader.header.stream().map(CsvFileReader::normalise).toList();
        }
    }

    static String normalise(String headerName) {
        return headerName.strip().toLowerCase(Locale.ROOT);
    }

    /** The next non-blank record, or null at the end of the file. */
    InputRow next() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int startLine = (int) linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                return toRow(record, startLine);
            }
            return null;
        } catch (UncheckedIOException e) {
            throw new InputFileException(problem(fileName, linesBefore, e.getCause()), e);
        }
    }

    private InputRow toRow(CSVRecord record, int startLine) {
        Map<String, String> values = new HashMap<>();
        for (String column : wantedColumns) {
            Integer index = columnIndex.get(column);
            if (index != null && index < record.size()) {
                values.put(column, record.get(index));
            }
        }
        String raw = FORMAT.format(record.toList().toArray());
        return new InputRow(fileName, startLine, values, record.size(), header.size(), raw);
    }

    /** One sentence on why a file cannot be read on from a line: bad encoding or broken quoting. */
    static String problem(String fileName, long afterLine, IOException cause) {
        if (cause instanceof CharacterCodingException) {
            return "Input file " + fileName + " is not UTF-8 text (some bytes cannot be decoded); save it as UTF-8.";
        }
        return "Input file " + fileName + " cannot be read after line " + afterLine + ": " + cause.getMessage()
                + " (check for an unclosed quote).";
    }

    private static void skipByteOrderMark(PushbackReader reader) throws IOException {
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
