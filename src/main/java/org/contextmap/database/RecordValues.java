package org.contextmap.database;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.base.Provenance;
import org.neo4j.driver.Value;

/** Null-safe reading of driver values into the types of the domain records. */
public final class RecordValues {

    private RecordValues() {
    }

    public static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }

    public static LocalDate date(Value value) {
        return value == null || value.isNull() ? null : value.asLocalDate();
    }

    public static LocalDateTime dateTime(Value value) {
        return value == null || value.isNull() ? null : value.asLocalDateTime();
    }

    public static OffsetDateTime zonedDateTime(Value value) {
        return value == null || value.isNull() ? null : value.asOffsetDateTime();
    }

    public static Boolean bool(Value value) {
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    public static Double decimal(Value value) {
        return value == null || value.isNull() ? null : value.asDouble();
    }

    public static Integer whole(Value value) {
        return value == null || value.isNull() ? null : value.asInt();
    }

    public static List<String> texts(Value value) {
        return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
    }

    public static <E extends Enum<E>> E enumeration(Value value, Class<E> type) {
        return value == null || value.isNull() ? null : Enum.valueOf(type, value.asString());
    }

    public static <E extends Enum<E>> List<E> enumerations(Value value, Class<E> type) {
        return value == null || value.isNull() ? List.of() : value.asList(v -> Enum.valueOf(type, v.asString()));
    }

    /** The code of an enumeration value as stored in the graph, or {@code null}. */
    public static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Provenance from a map or entity value holding {@code source, confidence, since, recordedAt}. */
    public static Provenance provenance(Value holder) {
        return new Provenance(enumeration(holder.get("source"), Agency.class),
                enumeration(holder.get("confidence"), Confidence.class), date(holder.get("since")),
                zonedDateTime(holder.get("recordedAt")));
    }
}
