package org.contextmap.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.contextmap.base.Agency;
import org.contextmap.casework.EducationEvent;
import org.contextmap.casework.Meeting;
import org.contextmap.casework.Referral;
import org.contextmap.exchange.Bundle;
import org.contextmap.group.GroupAssociation;
import org.contextmap.group.GroupRelation;
import org.contextmap.group.GroupRelationKind;
import org.contextmap.group.PeerGroup;
import org.contextmap.incident.Incident;
import org.contextmap.incident.Involvement;
import org.contextmap.person.FamilyHistory;
import org.contextmap.person.Relationship;
import org.contextmap.person.YoungPerson;
import org.contextmap.place.LocationType;

/**
 * Turns the generator's arrays into the records of a {@link Bundle}. Ids and dates are created
 * once and shared, so a million-person city fits in a few gigabytes.
 */
final class BundleAssembler {

    private final Population people;
    private final Geography map;
    private final CityCalendar calendar;
    private final String[] personIds;
    private final String[] groupIds;
    private final Provenances provenances;

    BundleAssembler(Population people, PeerGroups groups, Geography map, CityCalendar calendar) {
        this.people = people;
        this.map = map;
        this.calendar = calendar;
        this.provenances = new Provenances(calendar);
        personIds = new String[people.size];
        for (int p = 0; p < people.size; p++) {
            personIds[p] = people.id(p);
        }
        groupIds = new String[groups.count];
        for (int g = 0; g < groups.count; g++) {
            groupIds[g] = groups.id(g);
        }
    }

    List<YoungPerson> youngPeople(CareStatus care) {
        int n = people.size;
        int[] byId = new int[n];
        for (int p = 0; p < n; p++) {
            byId[people.idNumber[p] - 1] = p;
        }
        String[] areaIds = new String[map.areas];
        for (int a = 0; a < map.areas; a++) {
            areaIds[a] = map.areaId(a);
        }
        String[] schoolIds = schoolIds();
        String[] familyIds = new String[people.families];
        for (int f = 0; f < people.families; f++) {
            familyIds[f] = people.familyId(f);
        }
        List<YoungPerson> result = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int p = byId[k];
            result.add(new YoungPerson(personIds[p], people.name[p], calendar.date(people.birthDay[p]),
                    people.gender[p].label, people.ethnicity[p].label, areaIds[people.area[p]],
                    people.school[p] >= 0 ? schoolIds[people.school[p]] : null, familyIds[people.familyOf[p]],
                    people.inCare[p], people.send[p], care.flagList(p), care.status[p], care.leadProfessional[p]));
        }
        return result;
    }

    List<PeerGroup> peerGroups(PeerGroups groups) {
        List<PeerGroup> result = new ArrayList<>(groups.count);
        for (int g = 0; g < groups.count; g++) {
            result.add(new PeerGroup(groupIds[g], groups.name[g], map.areaName[groups.area[g]]));
        }
        return result;
    }

    List<GroupAssociation> associations(PeerGroups groups) {
        AssociationReports rows = groups.associations;
        List<GroupAssociation> result = new ArrayList<>(rows.count);
        for (int i = 0; i < rows.count; i++) {
            result.add(new GroupAssociation(personIds[rows.person[i]], groupIds[rows.group[i]],
                    provenances.of(rows.source[i], rows.confidence[i], rows.since[i])));
        }
        return result;
    }

    List<GroupRelation> groupRelations(PeerGroups groups) {
        List<GroupRelation> result = new ArrayList<>(groups.relations.size());
        for (PeerGroups.Relation r : groups.relations) {
            result.add(new GroupRelation(groupIds[r.a()], groupIds[r.b()],
                    r.conflict() ? GroupRelationKind.CONFLICT : GroupRelationKind.ALLIANCE,
                    calendar.date(r.sinceDay()), r.source()));
        }
        return result;
    }

    List<Relationship> relationships(SocialNetwork network) {
        int m = network.size();
        List<Relationship> result = new ArrayList<>(m);
        for (int e = 0; e < m; e++) {
            result.add(new Relationship(personIds[network.personA(e)], personIds[network.personB(e)],
                    network.kind(e), provenances.of(network.source(e), network.confidence(e), network.sinceDay(e))));
        }
        return result;
    }

    void incidents(IncidentHistory incidents, SplittableRandom random, List<Incident> into,
            List<Involvement> people) {
        int digits = Math.max(7, Geography.digits(incidents.count));
        String[] locationIds = locationIds();
        String[] places = new String[locationIds.length];
        for (int l = 0; l < locationIds.length; l++) {
            places[l] = IncidentSummaries.where(locationName(l), locationType(l), l < map.centralPlaces.length);
        }
        for (int i = 0; i < incidents.count; i++) {
            String id = "INC" + Geography.pad(i + 1, digits);
            String summary = IncidentSummaries.describe(incidents.type(i), incidents.severity(i),
                    incidents.weapon(i), incidents.source(i), places[incidents.location[i]], incidents.suspects(i),
                    incidents.linked[i], random);
            into.add(new Incident(id, calendar.dateTime(incidents.minute[i]), incidents.type(i),
                    incidents.severity(i), incidents.weapon(i), locationIds[incidents.location[i]],
                    incidents.source(i), summary));
            for (int j = incidents.involvementStart[i]; j < incidents.involvementStart[i + 1]; j++) {
                people.add(new Involvement(id, personIds[incidents.involvementPerson[j]], incidents.role(j)));
            }
        }
    }

    List<EducationEvent> educationEvents(EducationHistory education) {
        int n = education.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) education.day.get(i) << 32 | i;
        }
        Arrays.sort(keys);
        String[] schoolIds = schoolIds();
        List<EducationEvent> result = new ArrayList<>(n);
        for (long key : keys) {
            int i = (int) key;
            int s = education.school.get(i);
            int days = education.days.get(i);
            result.add(new EducationEvent(personIds[education.person.get(i)], s >= 0 ? schoolIds[s] : null,
                    calendar.date(education.day.get(i)), education.kind(i), days >= 0 ? days : null));
        }
        return result;
    }

    List<Referral> referrals(ReferralHistory referrals) {
        int n = referrals.size();
        int digits = Math.max(6, Geography.digits(n));
        List<Referral> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long decided = referrals.outcomeDay(i);
            long told = referrals.notifiedDay(i);
            result.add(new Referral("REF" + Geography.pad(i + 1, digits), personIds[referrals.person(i)],
                    calendar.date(referrals.receivedDay(i)), referrals.agency(i), referrals.level(i),
                    referrals.outcome(i), decided < 0 ? null : calendar.date(decided),
                    told < 0 ? null : calendar.date(told), null, null, null, true));
        }
        return result;
    }

    List<Meeting> meetings(MeetingHistory meetings) {
        int n = meetings.size();
        int digits = Math.max(6, Geography.digits(n));
        String[] locationIds = locationIds();
        Map<Integer, List<Agency>> agencyLists = new HashMap<>();
        List<Meeting> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int p = meetings.person(i);
            int g = meetings.group(i);
            int l = meetings.location(i);
            List<Agency> agencies = agencyLists.computeIfAbsent(meetings.agencies(i), BundleAssembler::agencies);
            result.add(new Meeting("M" + Geography.pad(i + 1, digits), meetings.kind(i),
                    calendar.date(meetings.day(i)), p >= 0 ? personIds[p] : null, g >= 0 ? groupIds[g] : null,
                    l >= 0 ? locationIds[l] : null, agencies));
        }
        return result;
    }

    List<FamilyHistory> familyHistory(FamilyHistories histories) {
        List<FamilyHistory> result = new ArrayList<>(histories.count);
        for (int i = 0; i < histories.count; i++) {
            result.add(new FamilyHistory(people.familyId(histories.family[i]),
                    FamilyHistories.KINDS[histories.kind[i]], calendar.date(histories.notedDay[i]),
                    histories.source[i]));
        }
        return result;
    }

    private static List<Agency> agencies(int bits) {
        List<Agency> list = new ArrayList<>();
        for (Agency a : Agency.values()) {
            if ((bits & MeetingHistory.bit(a)) != 0) {
                list.add(a);
            }
        }
        return List.copyOf(list);
    }

    private String[] schoolIds() {
        String[] ids = new String[map.schools];
        for (int s = 0; s < map.schools; s++) {
            ids[s] = map.schoolId(s);
        }
        return ids;
    }

    /** Location ids coded as incidents code them: places, then schools, then neighbourhoods. */
    private String[] locationIds() {
        String[] ids = new String[map.places + map.schools + map.areas];
        for (int l = 0; l < ids.length; l++) {
            ids[l] = l < map.places ? map.placeId(l)
                    : l < map.places + map.schools ? map.schoolId(l - map.places)
                    : map.areaId(l - map.places - map.schools);
        }
        return ids;
    }

    private String locationName(int l) {
        return l < map.places ? map.placeName[l]
                : l < map.places + map.schools ? map.schoolName[l - map.places]
                : map.areaName[l - map.places - map.schools];
    }

    private LocationType locationType(int l) {
        return l < map.places ? map.placeType[l]
                : l < map.places + map.schools ? LocationType.SCHOOL : LocationType.HOME_AREA;
    }
}
