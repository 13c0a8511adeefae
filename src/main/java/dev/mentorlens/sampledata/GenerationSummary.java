package dev.mentorlens.sampledata;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@link SampleDataGenerator#generate} run wrote.
 *
 * @param employees employees requested (valid rows of employees.csv)
 * @param seed      the seed used
 * @param outDir    the folder written to
 * @param files     every file written, in writing order, with its data row count (bad rows included)
 * @param badRows   every deliberate bad row, in writing order
 */
public record GenerationSummary(int employees, long seed, Path outDir, List<FileRows> files, List<BadRow> badRows) {

    public GenerationSummary {
        files = List.copyOf(files);
        badRows = List.copyOf(badRows);
    }

    /**
     * @param file   file name inside the output folder
     * @param source the input source it belongs to (programmes, employees, job_history, ...)
     * @param rows   data records, header excluded, bad rows included
     */
    public record FileRows(String file, String source, long rows) {
    }

    /**
     * @param file     file name inside the output folder
     * @param line     physical line the record starts on (header = line 1)
     * @param source   the input source
     * @param kind     what is wrong with it
     * @param rejected false for the identical duplicate, which the product counts as a duplicate
     */
    public record BadRow(String file, long line, String source, String kind, boolean rejected) {
    }

    /** Data rows per source, in input-source order of first appearance. */
    public Map<String, Long> rowsBySource() {
        Map<String, Long> bySource = new LinkedHashMap<>();
        for (FileRows f : files) {
            bySource.merge(f.source(), f.rows(), Long::sum);
        }
        return bySource;
    }

    /** Deliberate bad rows per source (identical duplicates included), zero for clean sources. */
    public Map<String, Long> badRowsBySource() {
        Map<String, Long> bySource = new LinkedHashMap<>();
        for (String source : rowsBySource().keySet()) {
            bySource.put(source, 0L);
        }
        for (BadRow b : badRows) {
            bySource.merge(b.source(), 1L, Long::sum);
        }
        return bySource;
    }

    public long totalRows() {
        return files.stream().mapToLong(FileRows::rows).sum();
    }

    /** Human-readable report for the command line. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("Generated ").append(employees).append(" employees with seed ").append(seed)
                .append(" into ").append(outDir).append('\n');
        for (FileRows f : files) {
            sb.append(String.format("  %-32s %8d rows%n", f.file(), f.rows()));
        }
        Map<String, Long> bad = badRowsBySource();
        sb.append("Deliberate bad rows per source:\n");
        rowsBySource().forEach((source, rows) -> sb.append(String.format("  %-18s %4d of %8d%n",
                source, bad.getOrDefault(source, 0L), rows)));
        for (BadRow b : badRows) {
            sb.append(String.format("  %s:%d  %s%s%n", b.file(), b.line(), b.kind(),
                    b.rejected() ? "" : " (duplicate, not a reject)"));
        }
        return sb.toString();
    }
}
