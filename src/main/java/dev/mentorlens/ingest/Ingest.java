package dev.mentorlens.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Reading an input folder into the ingest tables, as parts a job assembles: the plan (which files
 * of each source must be parsed), then per source a reader, a row checker, a writer that settles
 * each row, and the listener that closes the source's bookkeeping once everything is read.
 */
@Service
public class Ingest {

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactionManager;
    private final SettlementLimits settlementLimits;

    private TableWriter tables;
    private Boolean staged;

    Ingest(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            @Value("${mentorlens.ingest.settlement-timeout:30m}") Duration settlementTimeout) {
        this.jdbc = jdbc;
        this.transactionManager = transactionManager;
        this.settlementLimits = new SettlementLimits(settlementTimeout);
    }

    /** Decided on first use, when the database is surely reachable: COPY on PostgreSQL, batched inserts elsewhere. */
    private synchronized TableWriter tables() {
        if (tables == null) {
            tables = TableWriter.of(jdbc);
        }
        return tables;
    }

    /** On PostgreSQL, records are staged and settled per step in SQL; elsewhere they are settled per chunk. */
    private synchronized boolean staged() {
        if (staged == null) {
            staged = TableWriter.isPostgres(jdbc);
        }
        return staged;
    }

    /**
     * Decides what each source must parse; {@code runId} names the run that owns files left pending.
     *
     * @return the input files earlier runs read that are gone from the folder
     */
    public List<String> plan(Path input, ZoneId zone, long runId) {
        return new IngestPlanner(jdbc, staged(), transactionManager).plan(input, zone.getId(), runId);
    }

    public ItemStreamReader<InputRow> reader(Source source, Path input) {
        return reader(source, input, 0, 1);
    }

    /** A reader of the files of one bucket of a source: {@code bucket} of {@code buckets}. */
    public ItemStreamReader<InputRow> reader(Source source, Path input, int bucket, int buckets) {
        return new IngestFileReader(source, new IngestFiles(jdbc), input, bucket, buckets);
    }

    /**
     * How many readers may share a source's files: on PostgreSQL records are staged and decided together
     * at the end, in file and line order, so any number; elsewhere each chunk is decided against the rows
     * before it, so the files are read in order by one reader.
     */
    public int readersAllowed(int wanted) {
        return staged() ? Math.max(1, wanted) : 1;
    }

    public ItemProcessor<InputRow, RowOutcome> checker(Source source, ZoneId zone) {
        return new RowChecker(source, new ZoneHolder(zone));
    }

    public ItemWriter<RowOutcome> writer(Source source) {
        RowClassifier perChunk = new RowClassifier(source, jdbc, this::tables);
        return chunk -> {
            if (staged()) {
                new StagedRowWriter(source, tables()).write(chunk);
            } else {
                perChunk.write(chunk);
            }
        };
    }

    public StepExecutionListener completion(Source source) {
        return new IngestCompletion(source, new IngestFiles(jdbc), s -> {
            if (staged()) {
                settlementLimits.applyTo(jdbc);
                new StagedSettlement(jdbc).settle(s);
            }
        }, transactionManager);
    }

    /** Read, accepted, rejected and duplicate rows of every source, as the tables hold them. */
    public List<SourceCounts> totals() {
        return new IngestFiles(jdbc).totals();
    }
}
