package org.contextmap.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.contextmap.database.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;
import org.neo4j.values.storable.CoordinateReferenceSystem;
import org.neo4j.values.storable.DurationValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs the restore's {@code UNWIND} batches, each in a transaction of its own, and returns their
 * rows (the element ids of the nodes just made): in-process on the embedded database, over Bolt on
 * an external one. {@code BatchWriter} runs such batches too, but answers only counts; a restore
 * needs to know where each node went, to join the relationships to it. Durations and points go
 * as the values of the path that writes them ({@link #flavour()}); everything else as plain Java.
 */
@Component
class RestoreWriter {

    private final Driver driver;
    private final EmbeddedNeo4j embedded;

    RestoreWriter(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.driver = driver;
        this.embedded = embedded.getIfAvailable();
    }

    /** How durations and points are passed to this database. */
    PropertyValues.Flavour flavour() {
        if (embedded != null) {
            return new PropertyValues.Flavour() {
                @Override
                public Object duration(long months, long days, long seconds, int nanos) {
                    return DurationValue.duration(months, days, seconds, nanos);
                }

                @Override
                public Object point(int srid, double[] coordinates) {
                    return org.neo4j.values.storable.Values.pointValue(CoordinateReferenceSystem.get(srid),
                            coordinates);
                }
            };
        }
        return new PropertyValues.Flavour() {
            @Override
            public Object duration(long months, long days, long seconds, int nanos) {
                return Values.isoDuration(months, days, seconds, nanos);
            }

            @Override
            public Object point(int srid, double[] coordinates) {
                return coordinates.length == 3 ? Values.point(srid, coordinates[0], coordinates[1], coordinates[2])
                        : Values.point(srid, coordinates[0], coordinates[1]);
            }
        };
    }

    /** Runs {@code cypher} (a constant) with {@code $rows} in one transaction; the values of {@code column}. */
    List<String> run(String cypher, List<Map<String, Object>> rows, String column) {
        List<String> values = new ArrayList<>(rows.size());
        if (embedded != null) {
            try (var tx = embedded.database().beginTx()) {
                try (var result = tx.execute(cypher, Map.of("rows", rows))) {
                    while (result.hasNext()) {
                        Object value = result.next().get(column);
                        values.add(value == null ? null : value.toString());
                    }
                }
                tx.commit();
            }
            return values;
        }
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                List<String> answered = new ArrayList<>(rows.size()); // afresh if the driver retries
                var result = tx.run(cypher, Map.of("rows", rows));
                while (result.hasNext()) {
                    var value = result.next().get(column);
                    answered.add(value.isNull() ? null : value.asString());
                }
                return answered;
            });
        }
    }
}
