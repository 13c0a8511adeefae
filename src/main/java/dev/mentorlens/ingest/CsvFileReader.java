package dev.mentorlens.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
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

    /** A record over more physical lines than this is reported: most likely an unclosed quote swallowed rows. */
    static final int MAX_PLAIN_RECORD_LINES = 5;

    private final Path file;
    private final String fileName;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final List<String> wantedColumns;
    /** Per wanted column, its index in the file's records, or -1 when the file has no such column. */
    private final int[] wantedIndex;
    private long linesBefore;
    private long lastRecordLines;

    CsvFileReader(Path file, List<String> wantedColumns) throws IOException {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.wantedColumns = wantedColumns;
        Reader reader = new PushbackReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1);
        skipByteOrderMark((PushbackReader) reader);
        this.parser = CSVParser.builder().setReader(new BufferedReader(reader)).setFormat(FORMAT).get();
        this.records = parser.iterator();
        this.header = records.hasNext() ? records.next().toList() : List.of();
        Map<String, Integer> columnIndex = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columnIndex.putIfAbsent(normalise(header.get(i)), i);
        }
        this.wantedIndex = wantedColumns.stream().mapToInt(column -> columnIndex.getOrDefault(column, -1)).toArray();
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
                lastRecordLines = parser.getCurrentLineNumber() - linesBefore;
                linesBefore = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                return toRow(record, startLine);
            }
            return null;
        } catch (UncheckedIOException e) {
            throw new InputFileException(problem(file, linesBefore, e.getCause()), e);
        }
    }

    private InputRow toRow(CSVRecord record, int startLine) {
        Map<String, String> values = new HashMap<>(wantedIndex.length * 2);
        for (int i = 0; i < wantedIndex.length; i++) {
            int index = wantedIndex[i];
            if (index >= 0 && index < record.size()) {
                values.put(wantedColumns.get(i), record.get(index));
            }
        }
        StringBuilder raw = new StringBuilder(64);
        for (int i = 0; i < record.size(); i++) {
            CsvRecordText.append(raw, record.get(i), i == 0);
        }
        return new InputRow(fileName, startLine, values, record.size(), header.size(), raw.toString());
    }

    /**
     * A warning when the record just returned spans more than {@link #MAX_PLAIN_RECORD_LINES} physical
     * lines, or null: a quoted field that long is most often an unclosed quote that took the next rows in.
     */
    String longRecordWarning(InputRow row) {
        if (lastRecordLines <= MAX_PLAIN_RECORD_LINES) {
            return null;
        }
        return "The row on line " + row.line() + " of " + fileName + " has a quoted field over " + lastRecordLines
                + " lines (to line " + (row.line() + lastRecordLines - 1) + "); if a quote was left open there,"
                + " the rows after it were read as part of that field.";
    }

    /** One sentence on why a file cannot be read on from a line: bad encoding or broken quoting. */
    static String problem(Path file, long afterLine, IOException cause) {
        String fileName = file.getFileName().toString();
        if (cause instanceof CharacterCodingException) {
            long line = firstUndecodableLine(file);
            return "Input file " + fileName + " is not UTF-8 text" + (line > 0 ? ": line " + line
                    + " has bytes that cannot be decoded" : "") + "; save it as UTF-8.";
        }
        return "Input file " + fileName + " cannot be read after line " + afterLine + ": " + cause.getMessage()
                + " (check for an unclosed quote).";
    }

    /**
     * The physical line (1 = header) holding the first bytes that are not UTF-8, or 0 if none is found.
     * Lines are split on the byte '\n', which never occurs inside a UTF-8 sequence; the decoder reads
     * ahead, so the line it failed on is not where the bad bytes are.
     */
    static long firstUndecodableLine(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 1;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' || b == -1) {
                    try {
                        decoder.reset().decode(ByteBuffer.wrap(line.toByteArray()));
                    } catch (CharacterCodingException e) {
                        return number;
                    }
                    if (b == -1) {
                        return 0;
                    }
                    line.reset();
                    number++;
                } else {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            return 0;
        }
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
