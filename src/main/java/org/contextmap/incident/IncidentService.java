package org.contextmap.incident;

import java.time.LocalDate;
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

    /**
     * Young people and incidents must already exist. The roles given for an incident are its
     * whole cast: roles recorded before and not given any more are removed.
     */
    public WriteCounts upsertInvolvements(List<Involvement> involvements) {
        return repository.upsertInvolvements(involvements);
    }

    @Transactional(readOnly = true)
    public Set<String> existingIds(Collection<String> ids) {
        return repository.existing(ids);
    }

    /** The young people recorded in any of these incidents, in any role. */
    @Transactional(readOnly = true)
    public Set<String> partiesOf(Collection<String> incidentIds) {
        return repository.parties(incidentIds);
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

    /** Everyone recorded in these incidents, with their roles. */
    @Transactional(readOnly = true)
    public List<Involvement> castsOf(Collection<String> incidentIds) {
        return repository.castsOf(incidentIds);
    }

    /**
     * The incidents any of these young people were involved in since {@code from}, newest first:
     * one row per young person and incident, with their part in it.
     */
    @Transactional(readOnly = true)
    public List<Involved> involving(Collection<String> personIds, LocalDate from) {
        return repository.involving(personIds, from.atStartOfDay());
    }
}
