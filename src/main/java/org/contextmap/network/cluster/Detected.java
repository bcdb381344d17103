package org.contextmap.network.cluster;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The partition of highest modularity among those that {@link CommunityDetection} tried.
 *
 * @param algorithm             the name of the algorithm that found it, one of the names in
 *                              {@link CommunityDetection}
 * @param partition             the communities
 * @param modularityByAlgorithm the modularity each algorithm reached, in the order they ran;
 *                              algorithms skipped for the size of the graph are absent
 */
public record Detected(String algorithm, Partition partition, Map<String, Double> modularityByAlgorithm) {

    public Detected {
        modularityByAlgorithm = Collections.unmodifiableMap(new LinkedHashMap<>(modularityByAlgorithm));
    }

    public double modularity() {
        return partition.modularity();
    }
}
