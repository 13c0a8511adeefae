package dev.mentorlens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the rows of the files of one source that are still to be ingested, in name order; with
 * {@code buckets} above 1 only the files of one bucket (by file name), so that several readers can share
 * a source's files. Its position (file, records read in it) is saved with every chunk, and the number of
 * records of a file is recorded in the chunk transaction that reads its end, so a restarted step skips the
 * files read to their end and continues after the last committed row of the one it was reading.
 */
final class IngestFileReader implements ItemStreamReader<InputRow> {

    private static final String FILE = "file";
    private static final String ROWS_IN_FILE = "rowsInFile";

    private final Source source;
    private final IngestFiles files;
    private final Path inputDir;
    private final int bucket;
    private final int buckets;
    private List<String> pending = List.of();
    private int fileIndex;
    private int rowsInFile;
    private CsvFileReader current;

    IngestFileReader(Source source, IngestFiles files, Path inputDir, int bucket, int buckets) {
        this.source = source;
        this.files = files;
        this.inputDir = inputDir;
        this.bucket = bucket;
        this.buckets = buckets;
    }

    /** Whether a file belongs to a bucket: by its name only, so a restart finds it in the same one. */
    static boolean inBucket(String fileName, int bucket, int buckets) {
        return Math.floorMod(fileName.hashCode(), buckets) == bucket;
    }

    @Override
    public void open(ExecutionContext context) {
        pending = files.unreadPendingFiles(source).stream().filter(file -> inBucket(file, bucket, buckets)).toList();
        fileIndex = 0;
        rowsInFile = 0;
        String resumed = context.containsKey(FILE) ? context.getString(FILE) : "";
        if (!pending.isEmpty() && pending.get(0).equals(resumed)) {
            openCurrent();
            int committed = context.getInt(ROWS_IN_FILE, 0);
            for (int i = 0; i < committed; i++) {
                current.next();
            }
            rowsInFile = committed;
        }
    }

    @Override
    public InputRow read() {
        while (fileIndex < pending.size()) {
            if (current == null) {
                openCurrent();
            }
            InputRow row = current.next();
            if (row != null) {
                rowsInFile++;
                String warning = current.longRecordWarning(row);
                if (warning != null) {
                    files.recordWarning(source, row, warning);
                }
                return row;
            }
            closeCurrent();
            files.recordRowsRead(source, pending.get(fileIndex), rowsInFile);
            fileIndex++;
            rowsInFile = 0;
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(FILE, fileIndex < pending.size() ? pending.get(fileIndex) : "");
        context.putInt(ROWS_IN_FILE, rowsInFile);
    }

    @Override
    public void close() {
        closeCurrent();
    }

    private void openCurrent() {
        try {
            Path file = new InputFolder(inputDir).inside(pending.get(fileIndex));
            current = new CsvFileReader(file, wantedColumns(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documented columns, and for a source that keeps them, every other column of the file too. */
    private List<String> wantedColumns(Path file) throws IOException {
        if (!source.keepsExtraColumns()) {
            return source.specColumns();
        }
        java.util.Set<String> columns = new java.util.LinkedHashSet<>(source.specColumns());
        columns.addAll(CsvFileReader.readHeader(file));
        return List.copyOf(columns);
    }

    private void closeCurrent() {
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                current = null;
            }
        }
    }
}
