/**
 * Network reach of a mentoring programme: this package owns the undirected simple graph of people
 * tied by mentoring matches and co-attended sessions ({@link dev.mentorlens.network.MentoringNetwork}),
 * the reach figures computed from it ({@link dev.mentorlens.network.NetworkReach}: people, ties,
 * departments reached, cross-department tie share, connected components, largest component share and
 * average two-hop reach) and the ranking of "bridges" by normalised betweenness centrality
 * ({@link dev.mentorlens.network.BridgeFinder}), exact up to a size limit and estimated by pivot
 * sampling above it. It is plain Java with no Spring and no I/O: people are numbered and the measures
 * run on one compact adjacency array, JGraphT measuring small networks exactly; callers decide who is in
 * the network as of a date and supply each person's department.
 */
package dev.mentorlens.network;
