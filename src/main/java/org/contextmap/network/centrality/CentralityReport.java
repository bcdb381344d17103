package org.contextmap.network.centrality;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/analytics/centrality}: one metric for every young person, highest first.
 *
 * @param metric      the metric's code, e.g. {@code betweenness}
 * @param label       its name for people
 * @param meaning     what the score means, and the NetworkX call that gives the same figure
 * @param asOf        the day the network is as known on
 * @param people      young people in the network
 * @param ties        distinct pairs of young people with at least one recorded tie
 * @param exact       whether the scores are exact; when not, {@code approximation} says how close
 * @param approximation the sampling behind approximate betweenness; absent when exact
 * @param scores      one entry per young person (or the {@code limit} highest), ranked
 */
public record CentralityReport(String metric, String label, String meaning, LocalDate asOf, int people, int ties,
        boolean exact, Approximation approximation, int page, int size, int total, List<PersonScore> scores) {

    /**
     * @param epsilon        the requested additive error (Riondato–Kornaropoulos normalisation)
     * @param error          the bound on each score as reported here (NetworkX's normalisation)
     * @param confidence     the probability that every score is within {@code error}
     * @param samples        sampled pairs of young people
     * @param vertexDiameter the upper bound on the longest shortest path (in people) used
     */
    public record Approximation(double epsilon, double error, double confidence, int samples, int vertexDiameter) {
    }

    /** A young person's score and rank (1 = highest; equal scores share a rank). */
    public record PersonScore(String personId, String name, double score, int rank) {
    }
}
