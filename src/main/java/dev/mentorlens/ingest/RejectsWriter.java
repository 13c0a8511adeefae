package dev.mentorlens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

import dev.mentorlens.storage.PrivateFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes {@code rejects/<source>.csv} ({@code file,line,reason,raw}) from the rejects table, in
 * file and line order, streaming. Text that a spreadsheet would run as a formula is prefixed with '.
 */
public final class RejectsWriter {

    private final JdbcTemplate jdbc;

    public RejectsWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void writeAll(Path rejectsDir) {
        try {
            PrivateFiles.createDirectories(rejectsDir);
            for (Source source : Source.values()) {
                write(source, rejectsDir.resolve(source.id() + ".csv"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Source source, Path target) throws IOException {
        try (Writer out = PrivateFiles.newWriter(target);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord("file", "line", "reason", "raw");
            jdbc.query("select r.source_file, r.source_line, r.reason, r.raw_text from ingest_reject r"
                    + " join ingest_file f on f.source = r.source and f.file_name = r.source_file"
                    + " where r.source = ? order by f.position, r.source_line", rs -> {
                        try {
                            printer.printRecord(rs.getString(1), rs.getInt(2), SpreadsheetText.safe(rs.getString(3)),
                                    SpreadsheetText.safe(rs.getString(4)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, source.id());
        }
    }
}
