package org.contextmap.exchange.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.contextmap.exchange.Problem;

/**
 * The problems of a refused bundle as a CSV file (file, line, column, problem), so that whoever
 * maintains a partner's export can work through them in a spreadsheet. Values that a spreadsheet
 * would run as a formula are quoted with a leading apostrophe.
 */
final class ProblemsCsv {

    private ProblemsCsv() {
    }

    static byte[] of(List<Problem> problems) {
        var csv = new StringBuilder("file,line,column,problem\r\n");
        for (Problem p : problems) {
            csv.append(cell(p.file())).append(',').append(p.line()).append(',').append(cell(p.column())).append(',')
                    .append(cell(p.reason())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
