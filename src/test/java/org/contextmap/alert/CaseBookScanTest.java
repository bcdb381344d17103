package org.contextmap.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contextmap.database.GraphReader;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every scan through Neo4j's Java API gives exactly the rows of the Cypher query it stands for,
 * column by column, on the small bundle (a family, siblings, groups in conflict, meetings about a
 * child and about a group, an exclusion at a school).
 */
@IntegrationTest
class CaseBookScanTest {

    private static final Pattern COLUMN = Pattern.compile("\\bAS (\\w+)");

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    GraphReader reader;

    @Test
    void eachScanGivesTheRowsOfItsQuery(@TempDir Path folder) {
        graph.clear();
        assertThat(importer.importFolder(TestBundles.valid().writeTo(folder), false).errors()).isEmpty();
        CaseBookReader.Queries everyone = CaseBookReader.EVERYONE;
        for (CaseBookReader.Source source : List.of(everyone.people(), everyone.incidents(), everyone.parties(),
                everyone.referrals(), everyone.meetings(), everyone.education(), everyone.associations(),
                everyone.closeTies(), everyone.groups(), everyone.conflicts())) {
            List<String> columns = columns(source.cypher());
            List<String> fromCypher = new ArrayList<>();
            List<String> fromScan = new ArrayList<>();
            reader.read(reading -> {
                reading.stream(source.cypher(), Map.of(), row -> fromCypher.add(text(row, columns)));
                source.scan().rows(reading.inProcess(), row -> fromScan.add(text(row, columns)));
            });
            assertThat(fromScan).as(source.cypher()).isNotEmpty().containsExactlyInAnyOrderElementsOf(fromCypher);
        }
    }

    private static List<String> columns(String cypher) {
        Matcher matcher = COLUMN.matcher(cypher.substring(cypher.lastIndexOf("RETURN")));
        List<String> columns = new ArrayList<>();
        while (matcher.find()) {
            columns.add(matcher.group(1));
        }
        return columns;
    }

    private static String text(GraphReader.Row row, List<String> columns) {
        StringBuilder text = new StringBuilder();
        for (String column : columns) {
            Object value = row.get(column);
            if (value instanceof Object[] array) {
                value = Arrays.asList(array);
            } else if (value instanceof Number number) {
                value = number.longValue();
            }
            text.append(column).append('=').append(value).append(' ');
        }
        return text.toString();
    }
}
