package org.contextmap.fault;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * The data of a stopped embedded store as sorted text, read by opening the store in this JVM:
 * the same lines as {@code support/DataDump} (every node and relationship with labels or type and
 * properties; left out are the audit, the import journal, the data version and its changes, users
 * and the pseudonym key).
 *
 * <p>Two runs of the same import differ in one thing only: the provenance every record it creates
 * carries — the import's id ({@code importId}) and when it was recorded ({@code recordedAt}). Values
 * that the store held before the import ({@code known} ids, times up to {@code before}) are kept as
 * they are; those of the import under test are written as {@code <this import>}, so that the dump
 * after a clean import can be compared with the dump after a killed one exactly otherwise.
 */
public final class StoreDump {

    private static final String LEFT_OUT = """
            none(label IN labels(n) WHERE label STARTS WITH '__'
                 OR label IN ['AuditEntry', 'AuditChain', 'Import', 'ImportLock', 'DataVersion', 'DataChange', 'User',
                   'PseudonymKey'])""";

    private StoreDump() {
    }

    /** The dump of the store in {@code directory}, which no process may have open. */
    public static List<String> of(Path directory, Set<String> known, Instant before) {
        var service = new DatabaseManagementServiceBuilder(directory)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                .build();
        try {
            var database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            List<String> lines = new ArrayList<>();
            Function<Object, String> props = properties -> sorted(properties, known, before);
            database.executeTransactionally("MATCH (n) WHERE " + LEFT_OUT
                    + " RETURN labels(n) AS labels, properties(n) AS properties", Map.of(), result -> {
                        result.forEachRemaining(row -> lines.add(labels(row.get("labels")) + " "
                                + props.apply(row.get("properties"))));
                        return null;
                    });
            database.executeTransactionally("MATCH (a)-[r]->(b) WHERE "
                    + LEFT_OUT.replace("labels(n)", "labels(a) + labels(b)") + """
                     RETURN labels(a) AS la, coalesce(a.id, '') AS a, type(r) AS type, properties(r) AS properties,
                           labels(b) AS lb, coalesce(b.id, '') AS b""", Map.of(), result -> {
                        result.forEachRemaining(row -> lines.add(labels(row.get("la")) + row.get("a") + " -["
                                + row.get("type") + " " + props.apply(row.get("properties")) + "]-> "
                                + labels(row.get("lb")) + row.get("b")));
                        return null;
                    });
            Collections.sort(lines);
            return lines;
        } finally {
            service.shutdown();
        }
    }

    /** The distinct {@code importId}s in a dump: the imports the store held. */
    public static Set<String> importIds(Path directory) {
        var service = new DatabaseManagementServiceBuilder(directory)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                .build();
        try {
            return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally(
                    "MATCH (i:Import) RETURN collect(i.id) AS ids", Map.of(), result -> Set.copyOf(
                            ((Collection<?>) result.next().get("ids")).stream().map(Object::toString).toList()));
        } finally {
            service.shutdown();
        }
    }

    /** How many decisions the stopped store holds on one alert. */
    public static long decisions(Path directory, String alertId) {
        var service = new DatabaseManagementServiceBuilder(directory)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                .build();
        try {
            return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally(
                    "MATCH (d:AlertDecision {alertId: $id}) RETURN count(d) AS n", Map.of("id", alertId),
                    result -> ((Number) result.next().get("n")).longValue());
        } finally {
            service.shutdown();
        }
    }

    /** How many lines differ, and the first few of them, for a failure message. */
    public static String difference(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(Set.copyOf(actual));
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(Set.copyOf(expected));
        StringBuilder text = new StringBuilder(missing.size() + " lines missing, " + extra.size() + " lines extra");
        missing.stream().limit(5).forEach(line -> text.append("\n  - ").append(abbreviated(line)));
        extra.stream().limit(5).forEach(line -> text.append("\n  + ").append(abbreviated(line)));
        return text.toString();
    }

    private static String abbreviated(String line) {
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static String labels(Object labels) {
        List<String> sorted = new ArrayList<>(((Collection<?>) labels).stream().map(Object::toString).toList());
        Collections.sort(sorted);
        return sorted.toString();
    }

    private static String sorted(Object properties, Set<String> known, Instant before) {
        Map<String, String> sorted = new TreeMap<>();
        ((Map<?, ?>) properties).forEach((key, value) -> {
            String name = key.toString();
            String text = text(value);
            if (name.equals("importId") && !known.contains(text)
                    || name.equals("recordedAt") && after(value, before)) {
                text = "<this import>";
            }
            sorted.put(name, text);
        });
        return sorted.toString();
    }

    private static boolean after(Object value, Instant before) {
        return value instanceof TemporalAccessor time && time.isSupported(ChronoField.INSTANT_SECONDS)
                && Instant.from(time).isAfter(before);
    }

    /** Arrays as lists, bytes as hex: text that two equal values share. */
    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value != null && value.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(text(Array.get(value, i)));
            }
            return items.toString();
        }
        return String.valueOf(value);
    }
}
