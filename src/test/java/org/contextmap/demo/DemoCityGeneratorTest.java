package org.contextmap.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.contextmap.exchange.Bundle;
import org.contextmap.exchange.BundleFile;
import org.contextmap.place.Location;
import org.contextmap.place.LocationType;
import org.junit.jupiter.api.Test;

class DemoCityGeneratorTest {

    private static final LocalDate END = LocalDate.of(2026, 3, 1);

    @Test
    void theSameSpecGivesTheSameCity() {
        DemoCitySpec spec = DemoCitySpec.of(1_000, END);

        Bundle first = DemoCityGenerator.generate(spec);
        Bundle second = DemoCityGenerator.generate(spec);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherCity() {
        DemoCitySpec spec = DemoCitySpec.of(1_000, END);

        Bundle first = DemoCityGenerator.generate(spec);
        Bundle other = DemoCityGenerator.generate(spec.withSeed(7));

        assertThat(other.youngPeople()).isNotEqualTo(first.youngPeople());
        assertThat(other.relationships()).isNotEqualTo(first.relationships());
        assertThat(other.incidents()).isNotEqualTo(first.incidents());
    }

    @Test
    void aCityOfTwoThousandKeepsEveryRuleOfTheImporter() {
        Bundle city = DemoCityGenerator.generate(DemoCitySpec.of(2_000, END));

        assertThat(BundleIntegrity.problems(city, END)).isEmpty();
    }

    @Test
    void aSmallCityOfThreeHundredKeepsEveryRuleOfTheImporter() {
        Bundle city = DemoCityGenerator.generate(DemoCitySpec.of(300, END));

        assertThat(BundleIntegrity.problems(city, END)).isEmpty();
        assertThat(city.locations()).filteredOn(l -> l.type() == LocationType.SCHOOL).hasSizeGreaterThanOrEqualTo(2);
        assertThat(city.locations()).filteredOn(l -> l.type() == LocationType.HOME_AREA)
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(city.peerGroups()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void unusualSpecsStillGiveValidCities() {
        DemoCitySpec sparse = new DemoCitySpec(500, 3, 0.3, 0.2, END);
        DemoCitySpec dense = new DemoCitySpec(200, 4, 30, 8, END);
        DemoCitySpec empty = new DemoCitySpec(150, 5, 0, 0, END);

        for (DemoCitySpec spec : new DemoCitySpec[] {sparse, dense, empty}) {
            Bundle city = DemoCityGenerator.generate(spec);
            assertThat(BundleIntegrity.problems(city, END)).as(spec.toString()).isEmpty();
            assertThat(city.relationships()).as(spec.toString())
                    .hasSize((int) Math.round(spec.people() * spec.relationshipsPerPerson()));
            assertThat(city.incidents()).as(spec.toString())
                    .hasSize((int) Math.round(spec.people() * spec.incidentsPerPerson()));
        }
    }

    @Test
    void twentyThousandPeopleHaveTheRequestedNumbersOfRelationshipsAndIncidents() {
        DemoCitySpec spec = DemoCitySpec.of(20_000, END);

        Bundle city = DemoCityGenerator.generate(spec);

        assertThat(city.youngPeople()).hasSize(20_000);
        assertThat((double) city.relationships().size()).isCloseTo(200_000, Percentage.withPercentage(5));
        assertThat((double) city.incidents().size()).isCloseTo(50_000, Percentage.withPercentage(5));
        assertThat(city.locations()).filteredOn(l -> l.type() == LocationType.HOME_AREA).hasSize(13);
        assertThat(city.locations()).filteredOn(l -> l.type() == LocationType.SCHOOL).hasSize(33);
        assertThat(city.peerGroups()).hasSize(133);
        assertThat(city.counts().get(BundleFile.FAMILY_HISTORY)).isPositive();
        assertThat(BundleIntegrity.problems(city, END)).isEmpty();
    }

    @Test
    void theCityIsAboutEightKilometresAcrossForTwoThousandPeople() {
        Bundle city = DemoCityGenerator.generate(DemoCitySpec.of(2_000, END));

        double minLat = city.locations().stream().mapToDouble(Location::latitude).min().orElseThrow();
        double maxLat = city.locations().stream().mapToDouble(Location::latitude).max().orElseThrow();
        double kilometres = (maxLat - minLat) * 111.32;

        assertThat(kilometres).isBetween(4.0, 10.0);
        assertThat((minLat + maxLat) / 2).isCloseTo(52.0, Offset.offset(0.03));
    }

    @Test
    void rejectsSpecsOutsideItsRange() {
        assertThatThrownBy(() -> new DemoCitySpec(10, 1, 10, 2.5, END)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoCitySpec(1_000, 1, -1, 2.5, END))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoCitySpec(1_000, 1, 10, 2.5, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DemoCitySpec(100, 1, 30, 2.5, END)).isInstanceOf(IllegalArgumentException.class);
    }
}
