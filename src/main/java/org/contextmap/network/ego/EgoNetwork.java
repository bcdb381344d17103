package org.contextmap.network.ego;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/people/{id}/network?hops=N}: the young people within {@code hops} ties of one
 * young person, the ties between them, and the peer groups they are associated with — what the
 * network view draws around a child.
 *
 * @param personId  the young person at the centre
 * @param asOf      the day the network is as known on
 * @param hops      how many ties out from the centre
 * @param truncated whether people were left out to keep the picture readable (the nearest are kept)
 * @param behind    null, or a sentence saying the network drawn is from before the latest import
 *                  and is being brought up to date (today's only, while it is)
 */
public record EgoNetwork(String personId, LocalDate asOf, int hops, boolean truncated, List<Node> nodes,
        List<Link> links, String behind) {

    /**
     * A young person ({@code kind = person}) or a peer group ({@code kind = group}).
     *
     * @param hops   ties from the centre (people only)
     * @param groups ids of the peer groups a young person is associated with
     * @param scores centrality scores of a young person in the whole network: degree, pagerank,
     *               coreness, clustering, and betweenness once it has been computed for this data
     */
    public record Node(String id, String kind, String label, Integer hops, List<String> groups,
            Map<String, Double> scores) {
    }

    /**
     * A tie between two young people ({@code kind = KNOWS}, with the kinds of tie recorded and
     * their provenance), a young person's association with a group ({@code ASSOCIATED_WITH}), or a
     * recorded conflict or alliance between groups ({@code IN_CONFLICT_WITH}, {@code ALLIED_WITH}).
     */
    public record Link(String source, String target, String kind, List<String> kinds, List<String> sources,
            String confidence, LocalDate since) {
    }
}
