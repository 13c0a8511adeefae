package dev.mentorlens.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The order the sources may be ingested in, from what each is checked against ({@link Source#references()}):
 * first, one after another in {@link Source} order, every source some other source references; then the
 * sources no other one references, which depend only on the first ones and not on each other, shared out
 * over up to {@code flows} flows that run at the same time, each flow in {@link Source} order.
 *
 * @param chain the sources to ingest one after another before the flows
 * @param flows the sources each parallel flow ingests after the chain, none empty; one flow runs alone
 */
public record IngestOrder(List<Source> chain, List<List<Source>> flows) {

    /**
     * How long each source takes to ingest, relative to the others: its reading and settling in tenths of a
     * second at 100,000 employees on PostgreSQL. Only the ratios matter: they balance the flows.
     */
    private static final Map<Source, Integer> TYPICAL_COST = new EnumMap<>(Map.of(Source.PROGRAMMES, 1,
            Source.EMPLOYEES, 46, Source.JOB_HISTORY, 65, Source.ENROLMENTS, 15, Source.MATCHES, 7,
            Source.SESSIONS, 116, Source.SURVEY_RESPONSES, 13, Source.GOALS, 16));

    public IngestOrder {
        chain = List.copyOf(chain);
        flows = flows.stream().map(List::copyOf).toList();
    }

    /** The order for at most {@code flows} parallel flows (at least 1). */
    public static IngestOrder of(int flows) {
        if (flows < 1) {
            throw new IllegalArgumentException("An ingest needs at least one flow (got " + flows + ").");
        }
        List<Source> referenced = new ArrayList<>();
        List<Source> unreferenced = new ArrayList<>();
        for (Source source : Source.values()) {
            (source.isReferenced() ? referenced : unreferenced).add(source);
        }
        return new IngestOrder(referenced, shareOut(unreferenced, flows));
    }

    /** The costliest source first, each to the flow with the least cost so far. */
    private static List<List<Source>> shareOut(List<Source> sources, int flows) {
        List<List<Source>> shared = new ArrayList<>();
        int[] costs = new int[Math.min(flows, sources.size())];
        for (int i = 0; i < costs.length; i++) {
            shared.add(new ArrayList<>());
        }
        List<Source> costliestFirst = sources.stream()
                .sorted(Comparator.comparing((Source s) -> TYPICAL_COST.get(s)).reversed()).toList();
        for (Source source : costliestFirst) {
            int cheapest = 0;
            for (int i = 1; i < costs.length; i++) {
                cheapest = costs[i] < costs[cheapest] ? i : cheapest;
            }
            shared.get(cheapest).add(source);
            costs[cheapest] += TYPICAL_COST.get(source);
        }
        shared.forEach(flow -> flow.sort(Comparator.naturalOrder()));
        return shared;
    }
}
