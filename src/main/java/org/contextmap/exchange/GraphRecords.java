package org.contextmap.exchange;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.contextmap.place.LocationType;
import org.contextmap.place.SchoolUse;
import org.springframework.stereotype.Component;

/** {@link ExistingRecords} answered by the features that own each kind of record. */
@Component
class GraphRecords implements ExistingRecords {

    private final Features features;

    GraphRecords(Features features) {
        this.features = features;
    }

    @Override
    public Set<String> people(Collection<String> ids) {
        return features.people().existingIds(ids);
    }

    @Override
    public Set<String> families(Collection<String> ids) {
        return features.people().existingFamilies(ids);
    }

    @Override
    public Set<String> groups(Collection<String> ids) {
        return features.groups().existingIds(ids);
    }

    @Override
    public Map<String, LocationType> locations(Collection<String> ids) {
        return features.places().existingTypes(ids);
    }

    @Override
    public Set<String> incidents(Collection<String> ids) {
        return features.incidents().existingIds(ids);
    }

    @Override
    public Map<String, SchoolUse> schoolUse(Collection<String> locationIds) {
        return features.places().schoolUse(locationIds);
    }
}
