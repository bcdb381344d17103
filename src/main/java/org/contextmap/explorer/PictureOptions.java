package org.contextmap.explorer;

import java.util.Set;

/**
 * What the person exploring the network chose to see: how nodes are sized, which ties are drawn,
 * and which peer groups are folded into one node.
 *
 * @param sizeBy        a centrality ({@code degree}, {@code pagerank}, {@code coreness},
 *                      {@code betweenness}) or {@code risk} (retaliation risk score)
 * @param tieKinds      kinds of tie to draw (as the record words them: "Friend", "Sibling" …); empty: all
 * @param minConfidence the least confidence a tie needs to be drawn: 0 confirmed only … 3 every tie
 * @param agencies      agencies whose records are drawn ("Police", "Education" …); empty: all
 * @param groups        only young people associated with these peer groups (and the centre); empty: all
 * @param collapsed     peer groups folded into one node with their associates inside
 * @param places        whether the places of incidents involving them are drawn
 */
public record PictureOptions(String sizeBy, Set<String> tieKinds, int minConfidence, Set<String> agencies,
        Set<String> groups, Set<String> collapsed, boolean places) {

    public static final PictureOptions DEFAULT = new PictureOptions("degree", Set.of(), 3, Set.of(), Set.of(), Set.of(),
            true);

    public PictureOptions {
        tieKinds = Set.copyOf(tieKinds);
        agencies = Set.copyOf(agencies);
        groups = Set.copyOf(groups);
        collapsed = Set.copyOf(collapsed);
    }

    public PictureOptions withCollapsed(Set<String> folded) {
        return new PictureOptions(sizeBy, tieKinds, minConfidence, agencies, groups, folded, places);
    }
}
