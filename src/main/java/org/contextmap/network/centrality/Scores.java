package org.contextmap.network.centrality;

/**
 * One metric's score for every vertex of a graph.
 *
 * @param metric      what was computed
 * @param values      the score of vertex {@code v} at index {@code v}
 * @param approximate how an approximate score was sampled; {@code null} when the scores are exact
 */
public record Scores(Metric metric, double[] values, SampledBetweenness.Estimate approximate) {

    public static Scores exact(Metric metric, double[] values) {
        return new Scores(metric, values, null);
    }
}
