package org.contextmap.exchange;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.contextmap.place.LocationType;
import org.contextmap.place.SchoolUse;

/**
 * What the database already holds, for references a bundle makes to records it does not carry
 * itself (a police feed of new incidents about young people imported last month).
 */
interface ExistingRecords {

    Set<String> people(Collection<String> ids);

    Set<String> families(Collection<String> ids);

    Set<String> groups(Collection<String> ids);

    Map<String, LocationType> locations(Collection<String> ids);

    Set<String> incidents(Collection<String> ids);

    /** For each of these locations: who attends it, and how many education events took place there. */
    Map<String, SchoolUse> schoolUse(Collection<String> locationIds);

    /** For validating a bundle on its own, as if the database were empty. */
    ExistingRecords NONE = new ExistingRecords() {
        @Override
        public Set<String> people(Collection<String> ids) {
            return Set.of();
        }

        @Override
        public Set<String> families(Collection<String> ids) {
            return Set.of();
        }

        @Override
        public Set<String> groups(Collection<String> ids) {
            return Set.of();
        }

        @Override
        public Map<String, LocationType> locations(Collection<String> ids) {
            return Map.of();
        }

        @Override
        public Set<String> incidents(Collection<String> ids) {
            return Set.of();
        }

        @Override
        public Map<String, SchoolUse> schoolUse(Collection<String> locationIds) {
            return Map.of();
        }
    };
}
