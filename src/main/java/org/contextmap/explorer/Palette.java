package org.contextmap.explorer;

import java.util.List;

/**
 * Colours for peer groups: Paul Tol's "muted" qualitative scheme, distinguishable with the common
 * colour-vision deficiencies; a group keeps its colour from view to view (chosen by its id). Colour
 * is never the only signal: every node also carries its group in words on hover and in the table.
 */
final class Palette {

    static final String NO_GROUP = "#dddddd";

    private static final List<String> MUTED = List.of("#332288", "#88ccee", "#44aa99", "#117733", "#999933",
            "#ddcc77", "#cc6677", "#882255", "#aa4499", "#6699cc", "#997700", "#ee99aa");

    private Palette() {
    }

    static String of(String groupId) {
        return MUTED.get(Math.floorMod(groupId.hashCode(), MUTED.size()));
    }
}
