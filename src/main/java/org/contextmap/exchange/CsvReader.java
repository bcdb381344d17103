package org.contextmap.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An RFC 4180 reader that knows where it is. It works on bytes: the CSV delimiters are ASCII and
 * never occur inside a UTF-8 multi-byte sequence, so each field is decoded on its own, strictly,
 * and a file saved in the wrong encoding is reported at the exact line and column instead of
 * being silently garbled. Rows are numbered by the physical line they start on (the header is
 * line 1), counting the line breaks inside quoted fields.
 */
final class CsvReader {

    /**
     * One record of the file (RFC 4180's word: a quoted field may span several lines), numbered by
     * the line it starts on; {@code malformed} records were reported already and are not checked
     * further.
     */
    record CsvRecord(int line, String[] fields, boolean malformed) {
    }

    /** A file's header and rows; {@code header} is empty when the file has none. */
    record Table(String fileName, List<String> header, List<CsvRecord> rows) {
    }

    private static final int EOF = -1;
    /** No cell (the longest, a summary, has 4,000 characters) and no row of a bundle is nearly as long. */
    static final int MAX_FIELD_BYTES = 1 << 16;
    static final int MAX_FIELDS = 256;

    private final String fileName;
    private final InputStream in;
    private final Problems problems;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private int line = 1;
    private boolean encodingReported;

    private byte[] field = new byte[256];
    private int fieldLength;
    private boolean fieldAscii;

    private boolean fieldTooLong;
    private final long maxRows;

    private List<String> header = List.of();

    private CsvReader(String fileName, InputStream in, Problems problems, long maxRows) {
        this.fileName = fileName;
        this.in = in;
        this.problems = problems;
        this.maxRows = maxRows;
    }

    static Table read(String fileName, InputStream in, Problems problems) throws IOException {
        return read(fileName, in, problems, Long.MAX_VALUE);
    }

    /** Reads the file; more than {@code maxRows} rows (each is kept in memory) refuse it ({@link EntryLimits.Exceeded}). */
    static Table read(String fileName, InputStream in, Problems problems, long maxRows) throws IOException {
        return new CsvReader(fileName, in, problems, maxRows).readAll();
    }

    private Table readAll() throws IOException {
        String otherEncoding = otherByteOrderMark();
        if (otherEncoding != null) {
            problems.error(fileName, 0, Problem.FILE, "unreadable encoding: the file is " + otherEncoding
                    + " (it starts with that byte-order mark); save the file as UTF-8");
            return new Table(fileName, List.of(), List.of());
        }
        skipByteOrderMark();
        List<CsvRecord> rows = new ArrayList<>();
        boolean headerRead = false;
        while (true) {
            CsvRecord row = nextRecord();
            if (row == null) {
                break;
            }
            if (row.fields().length == 1 && row.fields()[0].isEmpty() && !row.malformed()) {
                continue; // a blank line
            }
            if (!headerRead) {
                header = Arrays.stream(row.fields()).map(String::trim).toList();
                headerRead = true;
                continue;
            }
            if (rows.size() >= maxRows) {
                throw new EntryLimits.Exceeded("the bundle has more rows than a bundle may have "
                        + "(contextmap.import.max-rows); split it into several bundles");
            }
            rows.add(row);
        }
        if (!headerRead) {
            problems.error(fileName, 1, Problem.FILE, "the file is empty; it needs at least a header row");
        }
        return new Table(fileName, header, rows);
    }

    /** Reads one record, or returns {@code null} at the end of the input. */
    private CsvRecord nextRecord() throws IOException {
        int c = peek();
        if (c == EOF) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>(16);
        boolean malformed = false;
        while (true) {
            fieldLength = 0;
            fieldAscii = true;
            fieldTooLong = false;
            int column = fields.size();
            c = read();
            if (c == '"') {
                boolean closed = false;
                while (!closed) {
                    c = read();
                    if (c == EOF) {
                        problems.error(fileName, startLine, columnName(column, startLine),
                                "malformed quoting: the quote that opens this field is never closed");
                        return new CsvRecord(startLine, fields.toArray(String[]::new), true);
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                            append('"');
                        } else {
                            closed = true;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        } else if (c == '\r') {
                            if (peek() != '\n') {
                                line++;
                            }
                        }
                        append(c);
                    }
                }
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    if (!malformed) {
                        problems.error(fileName, startLine, columnName(column, startLine),
                                "malformed quoting: text after the closing quote; put the whole field in quotes "
                                        + "and double any quote inside it");
                    }
                    malformed = true;
                    while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                        append(c);
                        c = read();
                    }
                }
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    if (c == '"' && !malformed) {
                        problems.error(fileName, startLine, columnName(column, startLine),
                                "malformed quoting: a quote inside an unquoted field; put the whole field in quotes "
                                        + "and double the quote inside it");
                        malformed = true;
                    }
                    append(c);
                    c = read();
                }
            }
            if (fieldTooLong && !malformed) {
                problems.error(fileName, startLine, columnName(column, startLine), "the value is longer than "
                        + MAX_FIELD_BYTES + " bytes, far longer than any value of a bundle; is the file a CSV file?");
                malformed = true;
            }
            if (fields.size() < MAX_FIELDS) {
                fields.add(decodeField(column, startLine));
            } else if (!malformed) {
                problems.error(fileName, startLine, Problem.ROW, "the row has more than " + MAX_FIELDS
                        + " fields; is the file a CSV file?");
                malformed = true;
            }
            if (c == ',') {
                continue;
            }
            if (c == '\r' && peek() == '\n') {
                read();
            }
            if (c != EOF) {
                line++;
            }
            return new CsvRecord(startLine, fields.toArray(String[]::new), malformed);
        }
    }

    private String decodeField(int column, int rowLine) {
        if (fieldAscii) {
            return new String(field, 0, fieldLength, StandardCharsets.ISO_8859_1);
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(field, 0, fieldLength)).toString();
        } catch (CharacterCodingException e) {
            if (!encodingReported) {
                encodingReported = true;
                problems.error(fileName, rowLine, columnName(column, rowLine),
                        "unreadable encoding: " + firstInvalidByte() + " is not valid UTF-8; save the file as UTF-8");
            }
            return new String(field, 0, fieldLength, StandardCharsets.UTF_8);
        }
    }

    private String firstInvalidByte() {
        for (int i = 0; i < fieldLength; i++) {
            int b = field[i] & 0xff;
            if (b >= 0x80) {
                try {
                    int length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
                    decoder.reset().decode(ByteBuffer.wrap(field, i, Math.min(length, fieldLength - i)));
                    i += length - 1;
                } catch (CharacterCodingException e) {
                    return String.format("byte 0x%02X", b);
                }
            }
        }
        return "a byte";
    }

    private String columnName(int column, int rowLine) {
        if (rowLine == 1 || header.isEmpty()) {
            return "(header)";
        }
        return column < header.size() ? header.get(column) : "(column " + (column + 1) + ")";
    }

    private void append(int c) {
        if (fieldLength == MAX_FIELD_BYTES) {
            fieldTooLong = true;
            return;
        }
        if (fieldLength == field.length) {
            field = Arrays.copyOf(field, field.length * 2);
        }
        if (c >= 0x80) {
            fieldAscii = false;
        }
        field[fieldLength++] = (byte) c;
    }

    /** The encoding a UTF-16 or UTF-32 byte-order mark announces, or {@code null}. */
    private String otherByteOrderMark() throws IOException {
        int first = peek();
        boolean marked = (first == 0xFF || first == 0xFE || first == 0x00) && fill();
        return marked ? ByteOrderMarks.otherEncoding(buffer, position, limit) : null;
    }

    private void skipByteOrderMark() throws IOException {
        if (peek() == 0xEF) {
            fill();
            if (limit - position >= 3 && (buffer[position + 1] & 0xff) == 0xBB && (buffer[position + 2] & 0xff) == 0xBF) {
                position += 3;
            }
        }
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position++] & 0xff;
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position] & 0xff;
    }

    /** Refills the buffer, keeping unread bytes; false at the end of the input. */
    private boolean fill() throws IOException {
        int remaining = limit - position;
        if (remaining > 0 && position > 0) {
            System.arraycopy(buffer, position, buffer, 0, remaining);
        }
        position = 0;
        limit = remaining;
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n > 0) {
            limit += n;
        }
        return limit > 0;
    }
}
