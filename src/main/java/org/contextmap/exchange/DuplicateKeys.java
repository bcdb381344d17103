package org.contextmap.exchange;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers the first line of each id or key in one file, to report duplicates. A file says each
 * record once; a second row with the same id (or the same link between the same records) would
 * make the import depend on row order, so it is an error that names the line of the first.
 */
final class DuplicateKeys {

    private final String noun;
    private final boolean showKey;
    private final Map<Object, Integer> firstLines = new HashMap<>();

    /**
     * @param noun    what a duplicate is called in the message ("young person id")
     * @param showKey whether the message quotes the key (an id reads well; a composite key does not)
     */
    DuplicateKeys(String noun, boolean showKey) {
        this.noun = noun;
        this.showKey = showKey;
    }

    /** True the first time a key is seen; on a later row reports the duplicate there and returns false. */
    boolean unique(RowReader r, String column, Object key) {
        Integer first = firstLines.putIfAbsent(key, r.line());
        if (first != null) {
            r.error(column, "duplicate " + noun + (showKey ? " " + RowReader.quote(key.toString()) : "")
                    + " (first on line " + first + ")");
            return false;
        }
        return true;
    }
}
