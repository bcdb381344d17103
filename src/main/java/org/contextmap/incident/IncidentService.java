package org.contextmap.incident;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.contextmap.database.WriteCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Incidents and the young people involved in them. */
@Service
public class IncidentService {

    private final IncidentRepository repository;

    IncidentService(IncidentRepository repository) {
        this.repository = repository;
    }

    /** Locations must already exist. */
    public WriteCounts upsert(List<Incident> incidents) {
        return repository.upsert(incidents);
    }

    /** Young people and incidents must already exist. */
    public WriteCounts upsertInvolvements(List<Involvement> involvements) {
        return repository.upsertInvolvements(involvements);
    }

    @Transactional(readOnly = true)
    public Set<String> existingIds(Collection<String> ids) {
        return repository.existing(ids);
    }

    @Transactional(readOnly = true)
    public List<Incident> all() {
        return repository.all();
    }

    @Transactional(readOnly = true)
    public List<Involvement> allInvolvements() {
        return repository.allInvolvements();
    }

    /** The incidents a young person was involved in, newest first, with their role in each. */
    @Transactional(readOnly = true)
    public List<PersonIncident> incidentsOf(String personId) {
        return repository.incidentsOf(personId);
    }

    @Transactional(readOnly = true)
    public List<Incident> byIds(Collection<String> ids) {
        return repository.byIds(ids);
    }

    /** Those of these roles in incidents that are recorded. */
    @Transactional(readOnly = true)
    public List<Involvement> involvementsLike(Collection<Involvement> keys) {
        return repository.involvementsByKeys(keys);
    }
}
