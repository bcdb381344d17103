package org.contextmap.group;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.contextmap.base.RetentionSettings;
import org.contextmap.database.WriteCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Peer groups, associations with them, and the conflicts and alliances between them. */
@Service
public class GroupService {

    private final GroupRepository repository;
    private final RetentionSettings retention;

    GroupService(GroupRepository repository, RetentionSettings retention) {
        this.repository = repository;
        this.retention = retention;
    }

    public WriteCounts upsertGroups(List<PeerGroup> groups) {
        return repository.upsertGroups(groups);
    }

    /** Young people and groups must already exist. */
    public WriteCounts upsertAssociations(List<GroupAssociation> associations) {
        return repository.upsertAssociations(associations);
    }

    public WriteCounts upsertRelations(List<GroupRelation> relations) {
        return repository.upsertRelations(relations);
    }

    @Transactional(readOnly = true)
    public Set<String> existingIds(Collection<String> ids) {
        return repository.existing(ids);
    }

    @Transactional(readOnly = true)
    public List<PeerGroup> all() {
        return repository.all();
    }

    @Transactional(readOnly = true)
    public List<GroupAssociation> allAssociations() {
        return repository.allAssociations();
    }

    /**
     * The associations with one group that count today (recorded or re-confirmed within the
     * retention period): its associates, each with source and confidence.
     */
    @Transactional(readOnly = true)
    public List<GroupAssociation> associationsWith(String groupId) {
        LocalDate today = LocalDate.now();
        return repository.associationsWith(groupId).stream().filter(a -> retention.associationCounts(
                a.provenance() == null ? null : a.provenance().since(), a.confirmedOn(), today)).toList();
    }

    @Transactional(readOnly = true)
    public List<GroupRelation> allRelations() {
        return repository.allRelations();
    }

    /**
     * The peer groups a young person is associated with, each with source and confidence, and
     * whether it still counts today (one not re-confirmed within the retention period is history).
     */
    @Transactional(readOnly = true)
    public List<Association> associationsOf(String personId) {
        LocalDate today = LocalDate.now();
        return repository.associationsOf(personId).stream().map(a -> a.on(today, retention)).toList();
    }

    @Transactional(readOnly = true)
    public List<PeerGroup> byIds(Collection<String> ids) {
        return repository.byIds(ids);
    }

    /** Those of these associations (by young person and group) that exist, as they are now. */
    @Transactional(readOnly = true)
    public List<GroupAssociation> associationsLike(Collection<GroupAssociation> keys) {
        return repository.associationsByKeys(keys);
    }

    /** The relations now recorded between these pairs of groups. */
    @Transactional(readOnly = true)
    public List<GroupRelation> relationsLike(Collection<GroupRelation> keys) {
        return repository.relationsByKeys(keys);
    }
}
