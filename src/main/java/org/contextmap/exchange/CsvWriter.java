package org.contextmap.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 CSV: fields quoted only when they must be, CRLF between records. */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void writeRow(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                writeField(fields.get(i));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
