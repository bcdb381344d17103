package org.contextmap.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads typed values from the current row of one file and reports, in plain words and with
 * file, line and column, every value that is not what the bundle format says it should be.
 *
 * <p>A bundle comes from outside, so every cell is also held to what docs/bundle-format.md
 * allows: ids of a safe set of characters (an id with {@code /} could be imported but never read
 * back at {@code /api/people/{id}}), text of a bounded length without control characters, dates
 * between 1900 and 2099. A {@code '} that an export put before a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return (so that a spreadsheet does not run
 * it as a formula) is taken off again. A snapshot of stored data ({@code strict} false) is read
 * as it was stored.
 */
final class RowReader {

    /** Letters, digits, {@code - _ . :}; starting with a letter or digit. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
    static final int MAX_ID = 64;
    static final int MAX_TEXT = 200;
    static final int MAX_LIST = 1000;
    static final int MAX_SUMMARY = 4000;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    private static final Set<String> ID_COLUMNS = Set.of("id", "person_id", "group_id", "location_id", "school_id",
            "family_id", "incident_id", "person_a", "person_b", "group_a", "group_b");
    private static final Set<String> LIST_COLUMNS = Set.of("flags", "agencies");
    private static final Set<String> MULTI_LINE_COLUMNS = Set.of("summary");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final String file;
    private final Map<String, Integer> columns;
    private final Problems problems;
    private final boolean strict;
    private CsvReader.CsvRecord row;
    private boolean rowOk;

    String fileName() {
        return file;
    }

    RowReader(String file, Map<String, Integer> columns, Problems problems) {
        this(file, columns, problems, true);
    }

    RowReader(String file, Map<String, Integer> columns, Problems problems, boolean strict) {
        this.file = file;
        this.columns = columns;
        this.problems = problems;
        this.strict = strict;
    }

    /** True when the file's header has the column (an optional column may be left out). */
    boolean has(String column) {
        return columns.containsKey(column);
    }

    void at(CsvReader.CsvRecord row) {
        this.row = row;
        this.rowOk = true;
    }

    int line() {
        return row.line();
    }

    /** True when nothing was wrong with the current row so far. */
    boolean ok() {
        return rowOk;
    }

    void error(String column, String reason) {
        rowOk = false;
        problems.error(file, row.line(), column, reason);
    }

    /** The trimmed value, or {@code null} when the cell is empty or the column absent. */
    String text(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.fields().length) {
            return null;
        }
        String value = unneutralised(row.fields()[index].trim());
        if (value.isEmpty()) {
            return null;
        }
        return strict ? allowed(column, value) : value;
    }

    /** The value, or {@code null} (and an error) when it is longer than the column allows or holds control characters. */
    private String allowed(String column, String value) {
        boolean id = ID_COLUMNS.contains(column);
        int max = id ? MAX_ID : MULTI_LINE_COLUMNS.contains(column) ? MAX_SUMMARY
                : LIST_COLUMNS.contains(column) ? MAX_LIST : MAX_TEXT;
        if (value.length() > max) {
            error(column, "the value has " + value.length() + " characters; at most " + max + " are allowed");
            return null;
        }
        if (id && !ID.matcher(value).matches()) {
            error(column, quote(value) + " is not a valid id; an id has letters, digits, '-', '_', '.' or ':' "
                    + "and starts with a letter or a digit");
            return null;
        }
        boolean multiLine = MULTI_LINE_COLUMNS.contains(column);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = c < 0x20 || c == 0x7F;
            if (control && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                error(column, String.format("the value holds the control character U+%04X, which text may not hold", (int) c));
                return null;
            }
        }
        return value;
    }

    /** Takes off the {@code '} an export puts before a cell that a spreadsheet would take for a formula. */
    static String unneutralised(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    /** The value; an error when the cell is empty (or, as {@link #text} says, not allowed). */
    String required(String column) {
        String value = text(column);
        if (value == null && empty(column)) {
            error(column, "required field is empty");
        }
        return value;
    }

    private boolean empty(String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.fields().length || row.fields()[index].isBlank();
    }

    LocalDate date(String column, boolean required) {
        String value = required ? required(column) : text(column);
        if (value == null) {
            return null;
        }
        try {
            return inRange(column, LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            error(column, quote(value) + " is not a date; write YYYY-MM-DD, for example 2026-03-01");
            return null;
        }
    }

    LocalDateTime dateTime(String column, boolean required) {
        String value = required ? required(column) : text(column);
        if (value == null) {
            return null;
        }
        try {
            LocalDateTime dateTime = LocalDateTime.parse(value);
            return inRange(column, dateTime.toLocalDate()) == null ? null : dateTime;
        } catch (DateTimeParseException e) {
            error(column, quote(value) + " is not a date and time; write YYYY-MM-DDTHH:MM, for example 2026-03-01T21:40");
            return null;
        }
    }

    /** The date, or {@code null} (and an error) when it is before 1900 or after 2099. */
    private LocalDate inRange(String column, LocalDate date) {
        if (strict && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            error(column, date + " is not a plausible date; dates are between " + EARLIEST + " and " + LATEST);
            return null;
        }
        return date;
    }

    <E extends Enum<E>> E enumeration(String column, Class<E> type, boolean required) {
        String value = required ? required(column) : text(column);
        return value == null ? null : parseEnum(column, type, value);
    }

    <E extends Enum<E>> List<E> enumerations(String column, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String item : list(column)) {
            E value = parseEnum(column, type, item);
            if (value != null && !values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    private <E extends Enum<E>> E parseEnum(String column, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            error(column, quote(value) + " is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    /** A {@code ;}-separated list; empty items are dropped. */
    List<String> list(String column) {
        String value = text(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code true}/{@code false} (also yes/no, y/n, 1/0); empty means not recorded ({@code null}). */
    Boolean bool(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> {
                error(column, quote(value) + " is not true or false");
                yield null;
            }
        };
    }

    Integer wholeNumber(String column, int min) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min) {
                error(column, quote(value) + " must be " + min + " or more");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            error(column, quote(value) + " is not a whole number");
            return null;
        }
    }

    Double decimal(String column, double min, double max) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (!(number >= min && number <= max)) {
                error(column, quote(value) + " must be between " + (int) min + " and " + (int) max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            error(column, quote(value) + " is not a number; use a decimal point, for example 51.5074");
            return null;
        }
    }

    /**
     * A bounded flag of an optional column: {@code null} when the file has no such column (the
     * stored value stays), {@code false} when the cell is empty.
     */
    Boolean optionalFlag(String column) {
        if (!has(column)) {
            return null;
        }
        Boolean value = bool(column);
        return value != null && value;
    }

    /** A value as an error message quotes it: at most 60 characters, control characters shown as {@code ?}. */
    static String quote(String value) {
        String shown = value.length() <= 60 ? value : value.substring(0, 60) + "…";
        return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
