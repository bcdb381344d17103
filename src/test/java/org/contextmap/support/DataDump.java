package org.contextmap.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Every node and relationship of the data, with labels or type and properties, as sorted text:
 * two dumps are equal exactly when the data is. Left out is what records who did what rather than
 * what is known — audit entries (a read is audited), the import journal (a refused import is
 * journalled as refused), the data version and its changes — so "the data did not change" can be
 * asserted after a request that was refused.
 */
@Component
public class DataDump {

    private final Neo4jClient client;

    DataDump(Neo4jClient client) {
        this.client = client;
    }

    public List<String> dump() {
        List<String> lines = new ArrayList<>();
        client.query("""
                MATCH (n)
                WHERE none(label IN labels(n) WHERE label STARTS WITH '__'
                      OR label IN ['AuditEntry', 'AuditChain', 'Import', 'ImportLock', 'DataVersion', 'DataChange', 'User',
                        'PseudonymKey'])
                RETURN labels(n) AS labels, properties(n) AS properties
                """).fetch().all()
                .forEach(row -> lines.add(labels(row.get("labels")) + " " + sorted(row.get("properties"))));
        client.query("""
                MATCH (a)-[r]->(b)
                WHERE none(label IN labels(a) + labels(b) WHERE label STARTS WITH '__'
                      OR label IN ['AuditEntry', 'AuditChain', 'Import', 'ImportLock', 'DataVersion', 'DataChange', 'User',
                        'PseudonymKey'])
                RETURN labels(a) AS la, coalesce(a.id, '') AS a, type(r) AS type, properties(r) AS properties,
                       labels(b) AS lb, coalesce(b.id, '') AS b
                """).fetch().all()
                .forEach(row -> lines.add(labels(row.get("la")) + row.get("a") + " -[" + row.get("type") + " "
                        + sorted(row.get("properties")) + "]-> " + labels(row.get("lb")) + row.get("b")));
        return lines.stream().sorted().toList();
    }

    private static String labels(Object labels) {
        return ((Collection<?>) labels).stream().map(Object::toString).sorted().toList().toString();
    }

    private static String sorted(Object properties) {
        return new TreeMap<>((Map<?, ?>) properties).toString();
    }
}
