package dev.mentorlens.partition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits programmes into at most {@code gridSize} partitions, dealt in turn in the order given, so that
 * the layout depends only on the programmes and the partition count: a restart finds the same partitions.
 * Each partition's context holds its programme ids, separated by commas, under {@link #PROGRAMMES}.
 */
public final class ProgrammePartitioner implements Partitioner {

    public static final String PROGRAMMES = "programmes";

    private final Supplier<List<String>> programmes;

    public ProgrammePartitioner(Supplier<List<String>> programmes) {
        this.programmes = programmes;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<String> ids = programmes.get();
        int count = Math.max(1, Math.min(gridSize, ids.size()));
        List<List<String>> dealt = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dealt.add(new ArrayList<>());
        }
        for (int i = 0; i < ids.size(); i++) {
            dealt.get(i % count).add(ids.get(i));
        }
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(PROGRAMMES, String.join(",", dealt.get(i)));
            partitions.put("partition" + i, context);
        }
        return partitions;
    }

    /** The programme ids of a partition's context. */
    public static List<String> programmesOf(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
