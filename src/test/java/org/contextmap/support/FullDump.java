package org.contextmap.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Everything the database holds, as sorted text — unlike {@link DataDump}, with the audit chain,
 * users, the pseudonym key, the import journal and the data version — and every property with its
 * Neo4j type ({@code DATE_TIME 2026-…[Europe/London]}, {@code BYTES …}), so that two dumps are
 * equal exactly when the data is, type for type. Only element ids (a relationship names its ends
 * by their content instead) and Neo4j-migrations' own {@code __…} nodes are left out. Streams the
 * rows, so a whole city can be dumped (the benchmark does).
 */
@Component
public class FullDump {

    private final Driver driver;

    public FullDump(Driver driver) {
        this.driver = driver;
    }

    public List<String> dump() {
        Map<String, String> nodes = new HashMap<>();
        List<String> lines = new ArrayList<>();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                var result = tx.run("""
                        MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__')
                        RETURN elementId(n) AS id, labels(n) AS labels, n AS node
                        """);
                while (result.hasNext()) {
                    var row = result.next();
                    String line = row.get("labels").asList(Value::asString).stream().sorted().toList() + " "
                            + properties(row.get("node").asNode().asMap(v -> v));
                    nodes.put(row.get("id").asString(), digest(line));
                    lines.add(line);
                }
                var relationships = tx.run("""
                        MATCH (a)-[r]->(b)
                        WHERE none(label IN labels(a) + labels(b) WHERE label STARTS WITH '__')
                        RETURN elementId(a) AS a, type(r) AS type, r AS relationship, elementId(b) AS b
                        """);
                while (relationships.hasNext()) {
                    var row = relationships.next();
                    lines.add("(" + nodes.get(row.get("a").asString()) + ")-[" + row.get("type").asString() + " "
                            + properties(row.get("relationship").asRelationship().asMap(v -> v)) + "]->("
                            + nodes.get(row.get("b").asString()) + ")");
                }
                return null;
            });
        }
        return lines.stream().sorted().toList();
    }

    private static String properties(Map<String, Value> properties) {
        Map<String, String> sorted = new TreeMap<>();
        properties.forEach((key, value) -> sorted.put(key, typed(value)));
        return sorted.toString();
    }

    private static String typed(Value value) {
        String type = value.type().name();
        return switch (type) {
            case "BYTES" -> type + " " + Base64.getEncoder().encodeToString(value.asByteArray());
            case "LIST" -> type + " " + value.asList(FullDump::typed);
            default -> type + " " + value.asObject();
        };
    }

    private static String digest(String line) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(line.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
