package org.contextmap.backup;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A property value in a backup file, tagged with its Neo4j type so that it comes back as exactly
 * that type: a {@code Date} must not return as a string, nor a {@code DateTime} with a zone as
 * one with an offset, nor the import journal's zipped before image (a byte array) as a list of
 * numbers. Values are read as they arrive from either reading path — the embedded database's
 * Cypher results or the Bolt driver's — whose Java types differ for durations, points and lists,
 * and written back as the parameters of the path that restores them ({@link Flavour}).
 *
 * <p>Neo4j's integers and floats are written as 64-bit {@code Long} and {@code Double}, the
 * only sizes Cypher has; text is UTF-8 of any length.
 */
final class PropertyValues {

    static final byte STRING = 's';
    static final byte INTEGER = 'l';
    static final byte FLOAT = 'd';
    static final byte BOOLEAN = 'b';
    static final byte DATE = 'D';
    static final byte LOCAL_DATE_TIME = 'L';
    static final byte DATE_TIME = 'Z';
    static final byte LOCAL_TIME = 't';
    static final byte TIME = 'T';
    static final byte DURATION = 'u';
    static final byte POINT = 'p';
    static final byte BYTES = 'y';
    static final byte LIST = 'a';

    private PropertyValues() {
    }

    /** How a duration or a point is passed back to Neo4j: the embedded database's values or the driver's. */
    interface Flavour {

        Object duration(long months, long days, long seconds, int nanos);

        Object point(int srid, double[] coordinates);
    }

    /** Writes a map of properties, sorted by key (so the same data always gives the same bytes). */
    static void writeMap(DataOutput out, Map<String, Object> properties) throws IOException {
        Map<String, Object> sorted = new TreeMap<>(properties);
        sorted.values().removeIf(value -> value == null);
        out.writeInt(sorted.size());
        for (var property : sorted.entrySet()) {
            writeString(out, property.getKey());
            write(out, property.getValue());
        }
    }

    static Map<String, Object> readMap(DataInput in, Flavour flavour) throws IOException {
        int size = count(in);
        Map<String, Object> properties = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            properties.put(readString(in), read(in, flavour));
        }
        return properties;
    }

    static void write(DataOutput out, Object value) throws IOException {
        switch (value) {
            case String text -> tagged(out, STRING).writeString(text);
            case Character c -> tagged(out, STRING).writeString(c.toString());
            case Long number -> tagged(out, INTEGER).out.writeLong(number);
            case Integer number -> tagged(out, INTEGER).out.writeLong(number);
            case Short number -> tagged(out, INTEGER).out.writeLong(number);
            case Byte number -> tagged(out, INTEGER).out.writeLong(number);
            case Double number -> tagged(out, FLOAT).out.writeDouble(number);
            case Float number -> tagged(out, FLOAT).out.writeDouble(number);
            case Boolean flag -> tagged(out, BOOLEAN).out.writeBoolean(flag);
            case LocalDate date -> tagged(out, DATE).out.writeLong(date.toEpochDay());
            case LocalDateTime time -> tagged(out, LOCAL_DATE_TIME).writeString(time.toString());
            case ZonedDateTime time -> tagged(out, DATE_TIME).writeString(time.toString());
            case OffsetDateTime time -> tagged(out, DATE_TIME).writeString(time.toZonedDateTime().toString());
            case LocalTime time -> tagged(out, LOCAL_TIME).writeString(time.toString());
            case OffsetTime time -> tagged(out, TIME).writeString(time.toString());
            case byte[] bytes -> {
                tagged(out, BYTES).out.writeInt(bytes.length);
                out.write(bytes);
            }
            case TemporalAmount amount -> writeDuration(out, amount);
            case org.neo4j.graphdb.spatial.Point point -> writePoint(out, point.getCRS().getCode(),
                    point.getCoordinate().getCoordinate());
            case org.neo4j.driver.types.Point point -> writePoint(out, point.srid(), Double.isNaN(point.z())
                    ? new double[] {point.x(), point.y()} : new double[] {point.x(), point.y(), point.z()});
            case List<?> list -> {
                tagged(out, LIST).out.writeInt(list.size());
                for (Object element : list) {
                    write(out, element);
                }
            }
            default -> {
                if (!value.getClass().isArray()) {
                    throw new IllegalArgumentException("A property of a type a backup cannot hold: "
                            + value.getClass().getSimpleName());
                }
                int length = Array.getLength(value);
                tagged(out, LIST).out.writeInt(length);
                for (int i = 0; i < length; i++) {
                    write(out, Array.get(value, i));
                }
            }
        }
    }

    static Object read(DataInput in, Flavour flavour) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case STRING -> readString(in);
            case INTEGER -> in.readLong();
            case FLOAT -> in.readDouble();
            case BOOLEAN -> in.readBoolean();
            case DATE -> LocalDate.ofEpochDay(in.readLong());
            case LOCAL_DATE_TIME -> LocalDateTime.parse(readString(in));
            case DATE_TIME -> ZonedDateTime.parse(readString(in));
            case LOCAL_TIME -> LocalTime.parse(readString(in));
            case TIME -> OffsetTime.parse(readString(in));
            case DURATION -> flavour.duration(in.readLong(), in.readLong(), in.readLong(), in.readInt());
            case POINT -> {
                int srid = in.readInt();
                double[] coordinates = new double[count(in)];
                for (int i = 0; i < coordinates.length; i++) {
                    coordinates[i] = in.readDouble();
                }
                yield flavour.point(srid, coordinates);
            }
            case BYTES -> {
                byte[] bytes = new byte[count(in)];
                in.readFully(bytes);
                yield bytes;
            }
            case LIST -> {
                int size = count(in);
                List<Object> list = new ArrayList<>(Math.min(size, 1024));
                for (int i = 0; i < size; i++) {
                    list.add(read(in, flavour));
                }
                yield list;
            }
            default -> throw new IOException("an unknown kind of value (" + tag + ")");
        };
    }

    /** A duration in Neo4j's four parts; {@code java.time} and both drivers' durations answer them. */
    private static void writeDuration(DataOutput out, TemporalAmount amount) throws IOException {
        long months;
        long days;
        long seconds;
        long nanos;
        if (amount instanceof java.time.Duration duration) {
            months = 0;
            days = 0;
            seconds = duration.getSeconds();
            nanos = duration.getNano();
        } else if (amount instanceof Period period) {
            months = period.toTotalMonths();
            days = period.getDays();
            seconds = 0;
            nanos = 0;
        } else {
            months = amount.get(ChronoUnit.MONTHS);
            days = amount.get(ChronoUnit.DAYS);
            seconds = amount.get(ChronoUnit.SECONDS);
            nanos = amount.get(ChronoUnit.NANOS);
        }
        out.writeByte(DURATION);
        out.writeLong(months);
        out.writeLong(days);
        out.writeLong(seconds);
        out.writeInt((int) nanos);
    }

    private static void writePoint(DataOutput out, int srid, double[] coordinates) throws IOException {
        out.writeByte(POINT);
        out.writeInt(srid);
        out.writeInt(coordinates.length);
        for (double coordinate : coordinates) {
            out.writeDouble(coordinate);
        }
    }

    static void writeString(DataOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInput in) throws IOException {
        byte[] bytes = new byte[count(in)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A length or count, refused when negative (the file is damaged; its checksum is checked first anyway). */
    static int count(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("a negative length");
        }
        return count;
    }

    private static Tagged tagged(DataOutput out, byte tag) throws IOException {
        out.writeByte(tag);
        return new Tagged(out);
    }

    /** The output after a tag, for one-line cases above. */
    private record Tagged(DataOutput out) {

        void writeString(String text) throws IOException {
            PropertyValues.writeString(out, text);
        }
    }
}
