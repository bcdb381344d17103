package org.contextmap.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects every error and warning of a bundle so that one report lists them all, not just the
 * first. Keeps at most {@link #LIMIT} of each (a file with a wrong date format on every row
 * would otherwise produce a million lines) but counts them all.
 */
final class Problems {

    static final int LIMIT = 1000;

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private long errorCount;
    private long warningCount;

    void error(String file, int line, String column, String reason) {
        errorCount++;
        if (errors.size() < LIMIT) {
            errors.add(new Problem(file, line, column, reason));
        }
    }

    void warning(String file, int line, String column, String reason) {
        warningCount++;
        if (warnings.size() < LIMIT) {
            warnings.add(new Problem(file, line, column, reason));
        }
    }

    boolean hasErrors() {
        return errorCount > 0;
    }

    long errorCount() {
        return errorCount;
    }

    long warningCount() {
        return warningCount;
    }

    List<Problem> errors() {
        List<Problem> sorted = new ArrayList<>(errors);
        Collections.sort(sorted);
        return sorted;
    }

    List<Problem> warnings() {
        List<Problem> sorted = new ArrayList<>(warnings);
        Collections.sort(sorted);
        return sorted;
    }
}
