package org.contextmap.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes RFC 4180 CSV: fields quoted only when they must be, CRLF between records.
 *
 * <p>CSV that leaves ContextMap is opened in spreadsheets, which run a cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula: a name
 * recorded as {@code =HYPERLINK(…)} would become a link on an analyst's screen. A writer
 * {@link #forSpreadsheets for spreadsheets} puts a {@code '} before such a cell (not before a plain
 * number such as a longitude of {@code -1.0021}); the importer takes it off again
 * ({@link RowReader#unneutralised}), so an export still imports unchanged.
 */
final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private final Writer out;
    private final boolean neutralise;

    /** A writer of CSV that only ContextMap reads back (an import's journal). */
    CsvWriter(Writer out) {
        this(out, false);
    }

    private CsvWriter(Writer out, boolean neutralise) {
        this.out = out;
        this.neutralise = neutralise;
    }

    /** A writer of CSV that people may open in a spreadsheet: formulas are neutralised. */
    static CsvWriter forSpreadsheets(Writer out) {
        return new CsvWriter(out, true);
    }

    void writeRow(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                writeField(neutralise ? neutralised(fields.get(i)) : fields.get(i));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell with a {@code '} before it when a spreadsheet would take it for a formula. */
    static String neutralised(String field) {
        if (field == null || field.isEmpty() || FORMULA_STARTS.indexOf(field.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(field).matches()) {
            return field;
        }
        return "'" + field;
    }

    private void writeField(String field) throws IOException {
        if (field == null || field.isEmpty()) {
            return;
        }
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        if (!quote) {
            out.write(field);
            return;
        }
        out.write('"');
        out.write(field.replace("\"", "\"\""));
        out.write('"');
    }
}
