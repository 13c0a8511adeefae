package dev.mentorlens.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Puts every record of a chunk into the staging table of its source, with one COPY inside the chunk
 * transaction, so the reader's position and the staged rows commit together: a row that passed its field
 * rules with its typed values, key and hash, one that did not with its reason. Nothing is looked up here;
 * {@link StagedSettlement} decides the whole step at once when it has been read.
 */
final class StagedRowWriter implements ItemWriter<RowOutcome> {

    private static final List<String> ATTENDEE_COLUMNS = List.of("source_file", "source_line", "ordinal",
            "employee_id");

    private final Source source;
    private final TableWriter tables;
    private final List<String> columns;
    private final int valueCount;

    StagedRowWriter(Source source, TableWriter tables) {
        this.source = source;
        this.tables = tables;
        this.valueCount = RowRules.of(source).columns().size();
        this.columns = stagedColumns(source);
    }

    /** The columns of a staging table: the source's table columns, then where the row is and why it failed. */
    static List<String> stagedColumns(Source source) {
        List<String> columns = new ArrayList<>(RowRules.of(source).columns());
        columns.addAll(List.of("row_key", "row_hash", "source_file", "source_line", "reason", "raw_text"));
        return List.copyOf(columns);
    }

    @Override
    public void write(Chunk<? extends RowOutcome> chunk) {
        List<Object[]> rows = new ArrayList<>(chunk.size());
        List<Object[]> attendees = new ArrayList<>();
        for (RowOutcome outcome : chunk.getItems()) {
            Object[] row = new Object[valueCount + 6];
            InputRow read = outcome.row();
            if (outcome instanceof RowOutcome.Candidate candidate) {
                List<Object> values = candidate.columnValues();
                for (int i = 0; i < values.size(); i++) {
                    row[i] = values.get(i);
                }
                row[valueCount] = candidate.key();
                row[valueCount + 1] = candidate.hash();
                List<String> ids = candidate.attendees();
                for (int i = 0; i < ids.size(); i++) {
                    attendees.add(new Object[] {read.file(), read.line(), i, ids.get(i)});
                }
            } else {
                row[valueCount + 4] = ((RowOutcome.Rejected) outcome).reason();
            }
            row[valueCount + 2] = read.file();
            row[valueCount + 3] = read.line();
            row[valueCount + 5] = RowClassifier.storableRaw(read.raw());
            rows.add(row);
        }
        tables.commitWithoutFlushWait();
        tables.append(source.stageTable(), columns, rows);
        tables.append("stage_session_attendee", ATTENDEE_COLUMNS, attendees);
    }
}
