package org.contextmap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.contextmap.exchange.BundleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCityGeneratorMainTest {

    @Test
    void writesABundleFolder(@TempDir Path folder) throws IOException {
        DemoCityGenerator.main(new String[] {"--people=300", "--out=" + folder, "--seed=11",
            "--relationships-per-person=4", "--incidents-per-person=1.5", "--end-date=2026-03-01"});

        for (BundleFile file : BundleFile.values()) {
            assertThat(folder.resolve(file.fileName())).exists();
        }
        List<String> people = Files.readAllLines(folder.resolve("young_people.csv"), StandardCharsets.UTF_8);
        List<String> relationships = Files.readAllLines(folder.resolve("relationships.csv"), StandardCharsets.UTF_8);
        List<String> incidents = Files.readAllLines(folder.resolve("incidents.csv"), StandardCharsets.UTF_8);
        assertThat(people).hasSize(301);
        assertThat(people.get(0)).isEqualTo(String.join(",", BundleFile.YOUNG_PEOPLE.columns()));
        assertThat(relationships).hasSize(1 + 1_200);
        assertThat(incidents).hasSize(1 + 450);
    }
}
