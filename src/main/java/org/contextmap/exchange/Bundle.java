package org.contextmap.exchange;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.contextmap.casework.EducationEvent;
import org.contextmap.casework.Meeting;
import org.contextmap.casework.Referral;
import org.contextmap.group.GroupAssociation;
import org.contextmap.group.GroupRelation;
import org.contextmap.group.PeerGroup;
import org.contextmap.incident.Incident;
import org.contextmap.incident.Involvement;
import org.contextmap.person.FamilyHistory;
import org.contextmap.person.Relationship;
import org.contextmap.person.YoungPerson;
import org.contextmap.place.Location;

/**
 * The typed content of a CSV bundle (docs/bundle-format.md): what a valid bundle says, ready to be
 * written, or what an export read from the database, ready to be written out as CSV.
 */
public record Bundle(
        List<YoungPerson> youngPeople,
        List<PeerGroup> peerGroups,
        List<GroupAssociation> groupAssociations,
        List<Relationship> relationships,
        List<GroupRelation> groupRelations,
        List<Location> locations,
        List<Incident> incidents,
        List<Involvement> incidentPeople,
        List<EducationEvent> educationEvents,
        List<Referral> referrals,
        List<Meeting> meetings,
        List<FamilyHistory> familyHistory) {

    public Bundle {
        youngPeople = List.copyOf(youngPeople);
        peerGroups = List.copyOf(peerGroups);
        groupAssociations = List.copyOf(groupAssociations);
        relationships = List.copyOf(relationships);
        groupRelations = List.copyOf(groupRelations);
        locations = List.copyOf(locations);
        incidents = List.copyOf(incidents);
        incidentPeople = List.copyOf(incidentPeople);
        educationEvents = List.copyOf(educationEvents);
        referrals = List.copyOf(referrals);
        meetings = List.copyOf(meetings);
        familyHistory = List.copyOf(familyHistory);
    }

    /** The rows of each file, in the order of {@link BundleFile}. */
    public Map<BundleFile, Integer> counts() {
        Map<BundleFile, Integer> counts = new EnumMap<>(BundleFile.class);
        counts.put(BundleFile.YOUNG_PEOPLE, youngPeople.size());
        counts.put(BundleFile.PEER_GROUPS, peerGroups.size());
        counts.put(BundleFile.GROUP_ASSOCIATIONS, groupAssociations.size());
        counts.put(BundleFile.RELATIONSHIPS, relationships.size());
        counts.put(BundleFile.GROUP_RELATIONS, groupRelations.size());
        counts.put(BundleFile.LOCATIONS, locations.size());
        counts.put(BundleFile.INCIDENTS, incidents.size());
        counts.put(BundleFile.INCIDENT_PEOPLE, incidentPeople.size());
        counts.put(BundleFile.EDUCATION_EVENTS, educationEvents.size());
        counts.put(BundleFile.REFERRALS, referrals.size());
        counts.put(BundleFile.MEETINGS, meetings.size());
        counts.put(BundleFile.FAMILY_HISTORY, familyHistory.size());
        return counts;
    }

    /** All rows of all files. */
    public long rowCount() {
        return counts().values().stream().mapToLong(Integer::longValue).sum();
    }
}
