package dev.mentorlens.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import dev.mentorlens.storage.PrivateFiles;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a workbook so that the same inputs give the same bytes: the document's created and modified
 * dates are the first moment after its month (not the clock), and every zip entry carries that time
 * instead of the moment it was written. The entries keep their order and content.
 */
final class ReproducibleXlsx {

    /** Writes the workbook's bytes to the stream it is given. */
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private ReproducibleXlsx() {
    }

    /** The fixed time of a period's workbooks: midnight UTC after the month's last day. */
    static LocalDateTime stamp(String period) {
        return YearMonth.parse(period).plusMonths(1).atDay(1).atStartOfDay();
    }

    /** Sets the document dates of a workbook before it is written. */
    static void stampProperties(XSSFWorkbook workbook, String period) {
        Date date = Date.from(stamp(period).toInstant(ZoneOffset.UTC));
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
    }

    /** Writes through a temporary file next to {@code file}, then copies the entries with the fixed time. */
    static void write(Path file, String period, Writer writer) {
        Path raw = file.resolveSibling(file.getFileName() + ".raw");
        try {
            try (OutputStream out = PrivateFiles.newOutputStream(raw)) {
                writer.write(out);
            }
            LocalDateTime time = stamp(period);
            // read through the central directory: the local headers POI streams out may not carry the sizes
            try (ZipFile zip = new ZipFile(raw.toFile());
                    ZipOutputStream out = new ZipOutputStream(PrivateFiles.newOutputStream(file))) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTimeLocal(time);
                    out.putNextEntry(copy);
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(raw);
            } catch (IOException e) {
                // a leftover .raw file in the staging folder is removed with the folder
            }
        }
    }
}
