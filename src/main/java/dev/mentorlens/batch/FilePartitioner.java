package dev.mentorlens.batch;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.mentorlens.ingest.Ingest;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a source's files into buckets by file name, one partition each: as many as asked where the
 * database decides a source's records together after reading (PostgreSQL), one elsewhere.
 */
final class FilePartitioner implements Partitioner {

    static final String BUCKET = "bucket";
    static final String BUCKETS = "buckets";

    private final Ingest ingest;

    FilePartitioner(Ingest ingest) {
        this.ingest = ingest;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int buckets = ingest.readersAllowed(gridSize);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < buckets; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(BUCKET, i);
            context.putInt(BUCKETS, buckets);
            partitions.put("partition" + i, context);
        }
        return partitions;
    }
}
