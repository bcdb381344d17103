package org.contextmap.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong (or worth a warning) in a bundle, located as {@code file:line: column: reason}
 * so that whoever maintains the partner export can go straight to it.
 *
 * @param line   the line on which the row starts (the header is line 1); 0 for the file as a whole
 * @param column the column name, {@code (row)} for the row as a whole, {@code (file)} for the file
 */
public record Problem(String file, int line, String column, String reason) implements Comparable<Problem> {

    public static final String ROW = "(row)";
    public static final String FILE = "(file)";

    private static final Pattern FORM = Pattern.compile("([^:]*):(\\d+): ([^:]*): (.*)", Pattern.DOTALL);

    /**
     * A problem back from its {@code file:line: column: reason} form (as an {@link ImportReport}
     * lists them), so that a screen can show file, line and column apart; a line that is not in
     * that form becomes a problem of no file.
     */
    public static Problem parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (m.matches()) {
            return new Problem(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4));
        }
        return new Problem("", 0, FILE, text);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + column + ": " + reason;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = Integer.compare(fileOrder(file), fileOrder(other.file));
        if (byFile != 0) {
            return byFile;
        }
        int byName = file.compareTo(other.file);
        return byName != 0 ? byName : Integer.compare(line, other.line);
    }

    private static int fileOrder(String name) {
        return BundleFile.byFileName(name).map(Enum::ordinal).orElse(BundleFile.values().length);
    }
}
