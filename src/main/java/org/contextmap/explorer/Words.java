package org.contextmap.explorer;

import java.util.Map;
import org.contextmap.network.ego.EgoNetwork;
import org.contextmap.risk.RiskReports;

/** The sentences a node or a tie says on hover and in the side panel: plain words, no codes. */
final class Words {

    private Words() {
    }

    static String person(String name, String groups, RiskReports.Marker marker, boolean victim) {
        StringBuilder text = new StringBuilder(name);
        text.append(groups.isEmpty() ? " · no recorded peer group association" : " · associated with " + groups);
        if (marker != null) {
            text.append(" · ").append(marker.bandLabel());
        }
        if (victim) {
            text.append(" · victim of a recorded incident");
        }
        return text.toString();
    }

    static String tie(EgoNetwork.Link link, Map<String, String> groupNames) {
        String since = link.since() == null ? "" : ", since " + link.since();
        return switch (link.kind()) {
            case "KNOWS" -> (link.kinds().isEmpty() ? "Tie" : String.join(", ", link.kinds()))
                    + " · recorded by " + (link.sources().isEmpty() ? "an unnamed source" : String.join(", ", link.sources()))
                    + " · " + (link.confidence() == null ? "confidence not given" : link.confidence()) + since;
            case "ASSOCIATED_WITH" -> "Associated with " + groupNames.getOrDefault(link.target(), link.target())
                    + " (association, not membership)";
            case "IN_CONFLICT_WITH" -> "Recorded conflict between " + groupNames.getOrDefault(link.source(), link.source())
                    + " and " + groupNames.getOrDefault(link.target(), link.target()) + since;
            case "ALLIED_WITH" -> "Recorded alliance between " + groupNames.getOrDefault(link.source(), link.source())
                    + " and " + groupNames.getOrDefault(link.target(), link.target()) + since;
            default -> link.kind();
        };
    }
}
