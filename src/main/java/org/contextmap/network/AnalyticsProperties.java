package org.contextmap.network;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the network analytics ({@code contextmap.analytics.*}).
 *
 * @param exactBetweennessLimit up to this many young people betweenness is exact (Brandes, O(nm));
 *                              above it, sampled with a stated error bound
 * @param epsilon               the additive error of sampled betweenness when none is requested
 * @param delta                 the probability that a sampled estimate is further off than epsilon
 * @param seed                  the random seed of sampling and of community detection, so that the
 *                              same data always gives the same figures
 */
@ConfigurationProperties("contextmap.analytics")
public record AnalyticsProperties(Integer exactBetweennessLimit, Double epsilon, Double delta, Long seed) {

    public AnalyticsProperties {
        exactBetweennessLimit = exactBetweennessLimit == null ? 50_000 : exactBetweennessLimit;
        epsilon = epsilon == null ? 0.05 : epsilon;
        delta = delta == null ? 0.1 : delta;
        seed = seed == null ? 20260301L : seed;
    }
}
