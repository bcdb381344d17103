package org.contextmap.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.contextmap.base.NeedToKnow;
import org.contextmap.database.WriteCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Young people, families, family history and relationships between young people. */
@Service
public class PersonService {

    private final PersonWriter writer;
    private final PersonReader reader;
    private final PeopleSearch search;
    private final RecordAccess access;
    private final PeopleWhere where;

    /**
     * A home area or a school with how many young people live in it or attend it.
     *
     * @param id the location's id (a home area recorded in words is its own id)
     */
    public record Place(String id, String name, int people) {
    }

    PersonService(PersonWriter writer, PersonReader reader, PeopleSearch search, RecordAccess access,
            PeopleWhere where) {
        this.access = access;
        this.where = where;
        this.writer = writer;
        this.reader = reader;
        this.search = search;
    }

    /**
     * Creates or updates young people by id, with their family and school links. Schools must
     * already exist. Runs in the caller's transaction, if there is one.
     */
    public WriteCounts upsertPeople(List<YoungPerson> people) {
        return writer.upsertPeople(people);
    }

    public WriteCounts upsertRelationships(List<Relationship> relationships) {
        return writer.upsertRelationships(relationships);
    }

    /** Creates the family too when no young person of it is recorded (yet, or any more). */
    public WriteCounts upsertFamilyHistory(List<FamilyHistory> history) {
        return writer.upsertFamilyHistory(history);
    }

    @Transactional(readOnly = true)
    public Set<String> existingIds(Collection<String> ids) {
        return reader.existingPeople(ids);
    }

    @Transactional(readOnly = true)
    public Set<String> existingFamilies(Collection<String> ids) {
        return reader.existingFamilies(ids);
    }

    @Transactional(readOnly = true)
    public Optional<YoungPerson> find(String id) {
        return reader.find(id);
    }

    @Transactional(readOnly = true)
    public List<YoungPerson> all() {
        return reader.all();
    }

    @Transactional(readOnly = true)
    public List<Relationship> allRelationships() {
        return reader.allRelationships();
    }

    @Transactional(readOnly = true)
    public List<FamilyHistory> allFamilyHistory() {
        return reader.allFamilyHistory();
    }

    /** The young people someone knows, with how and according to whom. */
    @Transactional(readOnly = true)
    public List<Acquaintance> relationshipsOf(String personId) {
        return reader.relationshipsOf(personId);
    }

    /** The child's family: siblings and the family history every sibling's record shows. */
    @Transactional(readOnly = true)
    public Optional<Family> familyOf(String personId) {
        return reader.familyOf(personId);
    }

    /** A page of young people matching a search, for lists and grids. */
    @Transactional(readOnly = true)
    public List<PersonSummary> search(PeopleQuery query) {
        return search.search(visible(query));
    }

    @Transactional(readOnly = true)
    public long count(PeopleQuery query) {
        return search.count(visible(query));
    }

    /** The list shows only the records the reader may open (docs/access.md). */
    private PeopleQuery visible(PeopleQuery query) {
        RecordAccess.Lens lens = access.lens();
        NeedToKnow.require(lens.viewer(), NeedToKnow.Fact.RECORDS, "the list of young people");
        return query.limitedTo(lens.openableOrAll());
    }

    /** The young people of these ids that exist, as they are now. */
    @Transactional(readOnly = true)
    public List<YoungPerson> byIds(Collection<String> ids) {
        return reader.byIds(ids);
    }

    /**
     * The names of the young people of these ids that exist, by id (a person recorded without a
     * name maps to {@code null}): what the analytics show beside their scores.
     */
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> ids) {
        return reader.namesByIds(ids);
    }

    /** Those of these relationships (by ends and kind) that exist, as they are now. */
    @Transactional(readOnly = true)
    public List<Relationship> relationshipsLike(Collection<Relationship> keys) {
        return reader.relationshipsByKeys(keys);
    }

    /** Those of these family history entries that exist, as they are now. */
    @Transactional(readOnly = true)
    public List<FamilyHistory> familyHistoryLike(Collection<FamilyHistory> entries) {
        return reader.familyHistoryByKeys(entries.stream().map(FamilyHistory::key).toList());
    }

    /** The home areas young people live in, by name: for a list filtered by area. No record is read. */
    @Transactional(readOnly = true)
    public List<Place> homeAreas() {
        return where.homeAreas();
    }

    /** The schools young people attend, by name: for a list filtered by school. No record is read. */
    @Transactional(readOnly = true)
    public List<Place> schools() {
        return where.schools();
    }

    /**
     * The ids of the young people living in a home area and attending a school ({@code null}: any),
     * for a list that the caller cuts to what the reader may see.
     */
    @Transactional(readOnly = true)
    public Set<String> idsWhere(String homeArea, String schoolId) {
        return where.idsWhere(homeArea, schoolId);
    }
}
