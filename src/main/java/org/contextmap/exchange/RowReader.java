package org.contextmap.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads typed values from the current row of one file and reports, in plain words and with
 * file, line and column, every value that is not what the bundle format says it should be.
 */
final class RowReader {

    private final String file;
    private final Map<String, Integer> columns;
    private final Problems problems;
    private CsvReader.CsvRecord row;
    private boolean rowOk;

    String fileName() {
        return file;
    }

    RowReader(String file, Map<String, Integer> columns, Problems problems) {
        this.file = file;
        this.columns = columns;
        this.problems = problems;
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
        String value = row.fields()[index].trim();
        return value.isEmpty() ? null : value;
    }

    String required(String column) {
        String value = text(column);
        if (value == null) {
            error(column, "required field is empty");
        }
        return value;
    }

    LocalDate date(String column, boolean required) {
        String value = required ? required(column) : text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
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
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            error(column, quote(value) + " is not a date and time; write YYYY-MM-DDTHH:MM, for example 2026-03-01T21:40");
            return null;
        }
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

    static String quote(String value) {
        return "\"" + value + "\"";
    }
}
