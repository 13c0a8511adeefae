package dev.mentorlens.sampledata;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * RFC 4180 writer that knows the physical line on which each record starts (header = line 1),
 * which is what the product's rejects files report and what the README table quotes.
 */
final class CsvSink implements Closeable {

    private final Writer out;
    private final String fileName;
    private final String eol;
    private long nextLine = 1;
    private long rows;

    private CsvSink(Writer out, String fileName, String eol) {
        this.out = out;
        this.fileName = fileName;
        this.eol = eol;
    }

    static CsvSink open(Path dir, String fileName, boolean bom, boolean crlf, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(dir.resolve(fileName), StandardCharsets.UTF_8);
        if (bom) {
            w.write('\uFEFF');
        }
        CsvSink sink = new CsvSink(w, fileName, crlf ? "\r\n" : "\n");
        sink.write(header);
        sink.rows = 0;
        return sink;
    }

    String fileName() {
        return fileName;
    }

    long rows() {
        return rows;
    }

    /** Writes one record and returns the physical line it starts on. */
    long write(String... fields) throws IOException {
        long start = nextLine;
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(fields[i] == null ? "" : fields[i]);
        }
        out.write(eol);
        nextLine++;
        rows++;
        return start;
    }

    private void writeField(String value) throws IOException {
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
            }
            if (c == '\n') {
                nextLine++;
            }
        }
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
