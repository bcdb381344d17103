package org.contextmap.network.centrality;

import org.contextmap.base.Labelled;

/**
 * The centrality measures ContextMap computes on the person graph, each with NetworkX's default
 * convention so that anyone can check a figure with {@code networkx} (see each algorithm's
 * Javadoc for the exact formula).
 */
public enum Metric implements Labelled {
    DEGREE("Degree", "Share of the other young people this person has a recorded tie with (networkx.degree_centrality)."),
    BETWEENNESS("Betweenness", "Share of shortest paths between other young people that pass through this person "
            + "(networkx.betweenness_centrality, normalised)."),
    CLOSENESS("Closeness", "How near this person is to everyone they can reach, scaled by how many they can reach "
            + "(networkx.closeness_centrality, Wasserman–Faust)."),
    HARMONIC("Harmonic", "Sum of 1/distance to every other young person (networkx.harmonic_centrality)."),
    PAGERANK("PageRank", "Long-run share of a random walk along ties, damping 0.85 (networkx.pagerank)."),
    EIGENVECTOR("Eigenvector", "Tied to people who are themselves well tied (networkx.eigenvector_centrality)."),
    CORENESS("Coreness", "The largest k such that this person is in a group where everyone has at least k ties "
            + "within it (networkx.core_number)."),
    CLUSTERING("Clustering", "Share of this person's pairs of contacts who also know each other (networkx.clustering).");

    private final String label;
    private final String meaning;

    Metric(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    @Override
    public String label() {
        return label;
    }

    /** What the score means, in words for a practitioner. */
    public String meaning() {
        return meaning;
    }

    /** The metric named by an API parameter such as {@code pagerank}, or {@code null}. */
    public static Metric parse(String name) {
        for (Metric metric : values()) {
            if (metric.name().equalsIgnoreCase(name)) {
                return metric;
            }
        }
        return null;
    }
}
