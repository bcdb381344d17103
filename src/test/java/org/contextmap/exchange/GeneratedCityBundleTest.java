package org.contextmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.contextmap.demo.DemoCityGenerator;
import org.contextmap.demo.DemoCitySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo city is written without validation on first start; here it goes through the same
 * CSV files and the same checks as any partner's bundle, and must pass without a single remark.
 */
class GeneratedCityBundleTest {

    @TempDir
    Path folder;

    @Test
    void theDemoCityIsAValidBundleWithoutWarnings() {
        Bundle city = DemoCityGenerator.generate(DemoCitySpec.of(2_000, LocalDate.of(2026, 11, 1)));
        CsvBundleWriter.writeFolder(city, folder);
        Problems problems = new Problems();

        Bundle read = new BundleValidator(ExistingRecords.NONE, problems, LocalDate.of(2026, 11, 1))
                .validate(BundleSource.readFolder(folder, problems));

        assertThat(problems.errors()).isEmpty();
        assertThat(problems.warnings()).isEmpty();
        assertThat(read).isEqualTo(city);
    }
}
