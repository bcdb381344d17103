package org.contextmap.place;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contextmap.database.WriteCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Places: schools, parks, transport hubs, estates and the rest. */
@Service
public class PlaceService {

    private final PlaceRepository repository;
    private final PeoplesPlaces peoples;

    PlaceService(PlaceRepository repository, PeoplesPlaces peoples) {
        this.repository = repository;
        this.peoples = peoples;
    }

    public WriteCounts upsert(List<Location> locations) {
        return repository.upsert(locations);
    }

    /** The type of each of the given locations that exists. */
    @Transactional(readOnly = true)
    public Map<String, LocationType> existingTypes(Collection<String> ids) {
        return repository.types(ids);
    }

    @Transactional(readOnly = true)
    public List<Location> all() {
        return repository.all();
    }

    @Transactional(readOnly = true)
    public Optional<Location> find(String id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public List<Location> byIds(Collection<String> ids) {
        return repository.byIds(ids);
    }

    /** For each of these locations that exists: who attends it as a school, and the education events there. */
    @Transactional(readOnly = true)
    public Map<String, SchoolUse> schoolUse(Collection<String> ids) {
        return repository.schoolUse(ids);
    }

    /**
     * The places these young people are linked to — their home areas, their schools, and where
     * incidents they were involved in since {@code incidentsFrom} happened — most people first, at
     * most {@code limit}. Counts only: no child is named.
     */
    @Transactional(readOnly = true)
    public List<LinkedPlace> linkedTo(Collection<String> personIds, LocalDate incidentsFrom, int limit) {
        return peoples.linkedTo(personIds, incidentsFrom.atStartOfDay(), limit);
    }

    /**
     * Where incidents involving these young people happened between {@code from} and {@code to}:
     * one row per young person and place, for the {@code places} places with the most of them
     * (the network explorer draws them beside the people).
     */
    @Transactional(readOnly = true)
    public List<IncidentPlace> incidentPlaces(Collection<String> personIds, LocalDate from, LocalDate to, int places) {
        return peoples.incidentPlaces(personIds, from.atStartOfDay(), to.plusDays(1).atStartOfDay(), places);
    }
}
