package org.contextmap.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** How values are spelled in a bundle: ISO-8601 dates, {@code ;}-separated lists, plain decimals. */
final class CsvValues {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private CsvValues() {
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Minutes precision, as partner systems send it; seconds only when they are there. */
    static String dateTime(LocalDateTime dateTime) {
        if (dateTime == null) {
            return "";
        }
        return dateTime.getSecond() == 0 && dateTime.getNano() == 0 ? DATE_TIME.format(dateTime) : dateTime.toString();
    }

    static String code(Enum<?> value) {
        return value == null ? "" : value.name();
    }

    static String bool(Boolean value) {
        return value == null ? "" : value.toString();
    }

    static String number(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    static String list(List<?> values) {
        return values.stream()
                .map(v -> v instanceof Enum<?> e ? e.name() : v.toString())
                .collect(Collectors.joining(";"));
    }
}
