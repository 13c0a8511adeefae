package dev.mentorlens.network;

/**
 * A person ranked by betweenness centrality.
 *
 * @param personId    the person
 * @param betweenness normalised for an undirected graph: the sum over unordered pairs of the share of
 *                    their shortest paths through the person, times {@code 2 / ((n-1)(n-2))}
 *                    (networkx's {@code normalized=True}); 0 with fewer than 3 people
 * @param estimated   true when the value comes from pivot sampling rather than the exact algorithm
 */
public record Bridge(String personId, double betweenness, boolean estimated) {
}
