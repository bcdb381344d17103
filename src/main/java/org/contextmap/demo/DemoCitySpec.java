package org.contextmap.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What demo city to generate: how many young people, from which seed, how dense the network and
 * the incident history are, and the last day of the two years of history.
 *
 * @param people                 the number of young people, from about 200 to a few million
 * @param seed                   the random seed; the same spec always gives the same city
 * @param relationshipsPerPerson relationship rows per young person (so the mean degree is twice this)
 * @param incidentsPerPerson     incidents per young person over the two years
 * @param endDate                the last day of the history; nothing is dated after it
 */
public record DemoCitySpec(int people, long seed, double relationshipsPerPerson, double incidentsPerPerson,
        LocalDate endDate) {

    /** The seed of the city every fresh install shows. */
    public static final long DEFAULT_SEED = 20260301L;
    public static final double DEFAULT_RELATIONSHIPS_PER_PERSON = 10;
    public static final double DEFAULT_INCIDENTS_PER_PERSON = 2.5;

    /** Smallest city that still has neighbourhoods, schools and groups in conflict. */
    public static final int MIN_PEOPLE = 100;
    /** Ids and packed keys are sized for this many. */
    public static final int MAX_PEOPLE = 4_000_000;

    public DemoCitySpec {
        Objects.requireNonNull(endDate, "endDate");
        if (people < MIN_PEOPLE || people > MAX_PEOPLE) {
            throw new IllegalArgumentException("people must be between " + MIN_PEOPLE + " and " + MAX_PEOPLE
                    + ": " + people);
        }
        if (!(relationshipsPerPerson >= 0 && relationshipsPerPerson <= 50)) {
            throw new IllegalArgumentException("relationshipsPerPerson must be between 0 and 50: "
                    + relationshipsPerPerson);
        }
        if (relationshipsPerPerson > (people - 1) / 4.0) {
            throw new IllegalArgumentException("relationshipsPerPerson " + relationshipsPerPerson
                    + " would join more than half of all pairs of " + people + " people");
        }
        if (!(incidentsPerPerson >= 0 && incidentsPerPerson <= 50)) {
            throw new IllegalArgumentException("incidentsPerPerson must be between 0 and 50: " + incidentsPerPerson);
        }
    }

    /** A city of the given size with the default seed, 10 relationships and 2.5 incidents per person. */
    public static DemoCitySpec of(int people, LocalDate endDate) {
        return new DemoCitySpec(people, DEFAULT_SEED, DEFAULT_RELATIONSHIPS_PER_PERSON, DEFAULT_INCIDENTS_PER_PERSON,
                endDate);
    }

    /** The same city with another seed. */
    public DemoCitySpec withSeed(long newSeed) {
        return new DemoCitySpec(people, newSeed, relationshipsPerPerson, incidentsPerPerson, endDate);
    }

    /** Target number of relationship rows. */
    long targetRelationships() {
        return Math.round(people * relationshipsPerPerson);
    }

    /** Target number of incidents. */
    int targetIncidents() {
        return (int) Math.round(people * incidentsPerPerson);
    }
}
