package org.contextmap.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.contextmap.database.WriteCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Young people, families, family history and relationships between young people. */
@Service
public class PersonService {

    private final PersonRepository repository;

    PersonService(PersonRepository repository) {
        this.repository = repository;
    }

    /**
     * Creates or updates young people by id, with their family and school links. Schools must
     * already exist. Runs in the caller's transaction, if there is one.
     */
    public WriteCounts upsertPeople(List<YoungPerson> people) {
        return repository.upsertPeople(people);
    }

    public WriteCounts upsertRelationships(List<Relationship> relationships) {
        return repository.upsertRelationships(relationships);
    }

    /** Creates the family too when no young person of it is recorded (yet, or any more). */
    public WriteCounts upsertFamilyHistory(List<FamilyHistory> history) {
        return repository.upsertFamilyHistory(history);
    }

    @Transactional(readOnly = true)
    public Set<String> existingIds(Collection<String> ids) {
        return repository.existingPeople(ids);
    }

    @Transactional(readOnly = true)
    public Set<String> existingFamilies(Collection<String> ids) {
        return repository.existingFamilies(ids);
    }

    @Transactional(readOnly = true)
    public Optional<YoungPerson> find(String id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public List<YoungPerson> all() {
        return repository.all();
    }

    @Transactional(readOnly = true)
    public List<Relationship> allRelationships() {
        return repository.allRelationships();
    }

    @Transactional(readOnly = true)
    public List<FamilyHistory> allFamilyHistory() {
        return repository.allFamilyHistory();
    }

    /** The young people someone knows, with how and according to whom. */
    @Transactional(readOnly = true)
    public List<Acquaintance> relationshipsOf(String personId) {
        return repository.relationshipsOf(personId);
    }

    /** The child's family: siblings and the family history every sibling's record shows. */
    @Transactional(readOnly = true)
    public Optional<Family> familyOf(String personId) {
        return repository.familyOf(personId);
    }

    /** A page of young people matching a search, for lists and grids. */
    @Transactional(readOnly = true)
    public List<PersonSummary> search(PeopleQuery query) {
        return repository.search(query);
    }

    @Transactional(readOnly = true)
    public long count(PeopleQuery query) {
        return repository.count(query);
    }

    /** The young people of these ids that exist, as they are now. */
    @Transactional(readOnly = true)
    public List<YoungPerson> byIds(Collection<String> ids) {
        return repository.byIds(ids);
    }

    /**
     * The names of the young people of these ids that exist, by id (a person recorded without a
     * name maps to {@code null}): what the analytics show beside their scores.
     */
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        for (YoungPerson person : repository.byIds(ids)) {
            names.put(person.id(), person.name());
        }
        return names;
    }

    /** Those of these relationships (by ends and kind) that exist, as they are now. */
    @Transactional(readOnly = true)
    public List<Relationship> relationshipsLike(Collection<Relationship> keys) {
        return repository.relationshipsByKeys(keys);
    }

    /** Those of these family history entries that exist, as they are now. */
    @Transactional(readOnly = true)
    public List<FamilyHistory> familyHistoryLike(Collection<FamilyHistory> entries) {
        return repository.familyHistoryByKeys(entries.stream().map(FamilyHistory::key).toList());
    }
}
