package org.contextmap.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contextmap.casework.EducationEvent;
import org.contextmap.casework.Meeting;
import org.contextmap.casework.Referral;
import org.contextmap.exchange.Bundle;
import org.contextmap.group.GroupAssociation;
import org.contextmap.group.GroupRelation;
import org.contextmap.group.PeerGroup;
import org.contextmap.incident.Incident;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Involvement;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.person.FamilyHistory;
import org.contextmap.person.Relationship;
import org.contextmap.person.SocialCareStatus;
import org.contextmap.person.YoungPerson;
import org.contextmap.place.Location;
import org.contextmap.place.LocationType;

/**
 * The rules the importer enforces (docs/bundle-format.md) and the generator promises, written as plain
 * checks over a bundle. Returns the problems found, at most a few per rule.
 */
final class BundleIntegrity {

    private static final Set<String> FLAGS = Set.of("CCE", "CSE", "MISSING");
    private static final Set<String> LEVELS = Set.of("Level 2", "Level 3", "Level 4");

    private final Bundle bundle;
    private final LocalDate end;
    private final LocalDate start;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> perRule = new HashMap<>();

    private BundleIntegrity(Bundle bundle, LocalDate end) {
        this.bundle = bundle;
        this.end = end;
        this.start = end.minusYears(2).plusDays(1);
    }

    static List<String> problems(Bundle bundle, LocalDate end) {
        BundleIntegrity check = new BundleIntegrity(bundle, end);
        check.run();
        return check.problems;
    }

    private void run() {
        Map<String, Location> locations = new HashMap<>();
        for (Location l : bundle.locations()) {
            require(locations.put(l.id(), l) == null, "duplicate location id " + l.id());
            require(l.type() != null && l.name() != null && !l.name().isBlank(), "location without type or name " + l.id());
            require(l.latitude() != null && l.longitude() != null, "location without coordinates " + l.id());
            if (l.latitude() != null && l.longitude() != null) {
                require(Math.round(l.latitude() * 1e5) / 1e5 == l.latitude()
                        && Math.round(l.longitude() * 1e5) / 1e5 == l.longitude(), "coordinates not rounded " + l.id());
                require(Math.abs(l.latitude() - 52.0) < 2 && Math.abs(l.longitude() + 1.0) < 3,
                        "location far from Ashbury " + l.id());
            }
        }

        Map<String, YoungPerson> people = new HashMap<>();
        Set<String> families = new HashSet<>();
        for (YoungPerson p : bundle.youngPeople()) {
            require(people.put(p.id(), p) == null, "duplicate person id " + p.id());
            require(p.name() != null && !p.name().isBlank() && p.gender() != null && p.ethnicity() != null,
                    "person without name, gender or ethnicity " + p.id());
            Integer age = p.ageOn(end);
            require(age != null && age >= 10 && age <= 19, "age out of range " + p.id() + " " + age);
            require(isType(locations, p.homeArea(), LocationType.HOME_AREA), "home area not a HOME_AREA " + p.id());
            require(p.schoolId() == null || isType(locations, p.schoolId(), LocationType.SCHOOL),
                    "school not a SCHOOL " + p.id());
            require(p.familyId() != null, "person without family " + p.id());
            families.add(p.familyId());
            require(p.socialCareStatus() != null, "no social care status " + p.id());
            require(p.inCare() == (p.socialCareStatus() == SocialCareStatus.LOOKED_AFTER),
                    "in_care inconsistent with status " + p.id());
            require(FLAGS.containsAll(p.flags()) && new HashSet<>(p.flags()).size() == p.flags().size(),
                    "unknown or repeated flag " + p.id());
        }

        Set<String> areaNames = new HashSet<>();
        bundle.locations().stream().filter(l -> l.type() == LocationType.HOME_AREA).forEach(l -> areaNames.add(l.name()));
        Set<String> groups = new HashSet<>();
        for (PeerGroup g : bundle.peerGroups()) {
            require(groups.add(g.id()), "duplicate group id " + g.id());
            require(!g.name().toLowerCase().contains("gang"), "group called a gang " + g.id());
            require(areaNames.contains(g.area()), "group area is not the name of a neighbourhood " + g.id());
        }
        Set<String> associations = new HashSet<>();
        for (GroupAssociation a : bundle.groupAssociations()) {
            require(people.containsKey(a.personId()) && groups.contains(a.groupId()),
                    "association with unknown person or group " + a);
            require(associations.add(a.personId() + "|" + a.groupId()), "duplicate association " + a);
            require(a.provenance().source() != null && a.provenance().confidence() != null
                    && a.provenance().since() != null && !a.provenance().since().isAfter(end),
                    "association without full provenance " + a);
        }

        Set<String> pairs = new HashSet<>();
        for (Relationship r : bundle.relationships()) {
            require(people.containsKey(r.personA()) && people.containsKey(r.personB()),
                    "relationship with unknown person " + r);
            require(r.personA().compareTo(r.personB()) < 0, "relationship not normalised or a self pair " + r);
            require(pairs.add(r.personA() + "|" + r.personB() + "|" + r.kind()), "duplicate relationship " + r);
            require(r.kind() != null && r.provenance().source() != null && r.provenance().confidence() != null
                    && r.provenance().since() != null && !r.provenance().since().isAfter(end),
                    "relationship without full provenance " + r);
        }

        Set<String> groupPairs = new HashSet<>();
        for (GroupRelation r : bundle.groupRelations()) {
            require(groups.contains(r.groupA()) && groups.contains(r.groupB()), "relation of unknown group " + r);
            require(r.groupA().compareTo(r.groupB()) < 0, "group relation not normalised or a self pair " + r);
            require(groupPairs.add(r.groupA() + "|" + r.groupB()), "two rows for one group pair " + r);
            require(r.kind() != null && r.since() != null && r.source() != null && !r.since().isAfter(end),
                    "group relation without since or source " + r);
        }

        Map<String, Incident> incidents = new HashMap<>();
        LocalDateTime first = start.atStartOfDay();
        LocalDateTime last = end.plusDays(1).atStartOfDay();
        for (Incident i : bundle.incidents()) {
            require(incidents.put(i.id(), i) == null, "duplicate incident id " + i.id());
            require(!i.occurredAt().isBefore(first) && i.occurredAt().isBefore(last)
                    && i.occurredAt().getSecond() == 0 && i.occurredAt().getNano() == 0, "incident time " + i.id());
            require(locations.containsKey(i.locationId()), "incident at unknown location " + i.id());
            require(i.type() != null && i.severity() != null && i.weapon() != null && i.source() != null
                    && i.summary() != null && !i.summary().isBlank(), "incident with missing field " + i.id());
            if (i.type() == IncidentType.STABBING) {
                require((i.weapon() == Weapon.KNIFE || i.weapon() == Weapon.BLADED_ARTICLE)
                        && i.severity().compareTo(Severity.MODERATE) >= 0, "stabbing without blade " + i.id());
            }
            if (i.type() == IncidentType.SHOOTING) {
                require(i.weapon() == Weapon.FIREARM, "shooting without firearm " + i.id());
            }
        }
        Set<String> involvements = new HashSet<>();
        Set<String> personInIncident = new HashSet<>();
        for (Involvement v : bundle.incidentPeople()) {
            require(incidents.containsKey(v.incidentId()) && people.containsKey(v.personId()) && v.role() != null,
                    "involvement with unknown incident or person " + v);
            require(involvements.add(v.incidentId() + "|" + v.personId() + "|" + v.role()),
                    "duplicate involvement " + v);
            require(personInIncident.add(v.incidentId() + "|" + v.personId()),
                    "person with two roles in one incident " + v);
        }

        Set<String> educationKeys = new HashSet<>();
        for (EducationEvent e : bundle.educationEvents()) {
            require(people.containsKey(e.personId()), "education event of unknown person " + e);
            require(e.schoolId() == null || isType(locations, e.schoolId(), LocationType.SCHOOL),
                    "education event school not a SCHOOL " + e);
            require(educationKeys.add(e.key()), "duplicate education event " + e);
            require(e.kind() != null && !e.date().isBefore(start) && !e.date().isAfter(end),
                    "education event date " + e);
        }

        Set<String> referralIds = new HashSet<>();
        for (Referral r : bundle.referrals()) {
            require(referralIds.add(r.id()), "duplicate referral id " + r.id());
            require(people.containsKey(r.personId()), "referral about unknown person " + r.id());
            require(r.fromAgency() != null && LEVELS.contains(r.level()), "referral agency or level " + r.id());
            require(!r.receivedOn().isBefore(start) && !r.receivedOn().isAfter(end), "referral date " + r.id());
            if (r.outcome() == null) {
                require(r.outcomeOn() == null && r.referrerNotifiedOn() == null, "pending referral with dates " + r.id());
            } else {
                require(r.outcomeOn() != null && !r.outcomeOn().isBefore(r.receivedOn())
                        && !r.outcomeOn().isAfter(end), "referral outcome date " + r.id());
                require(r.referrerNotifiedOn() == null || (!r.referrerNotifiedOn().isBefore(r.outcomeOn())
                        && !r.referrerNotifiedOn().isAfter(end)), "referral notified date " + r.id());
            }
        }

        Set<String> meetingIds = new HashSet<>();
        for (Meeting m : bundle.meetings()) {
            require(meetingIds.add(m.id()), "duplicate meeting id " + m.id());
            int subjects = (m.personId() != null ? 1 : 0) + (m.groupId() != null ? 1 : 0)
                    + (m.locationId() != null ? 1 : 0);
            require(subjects == 1, "meeting not about exactly one person, group or place " + m.id());
            require(m.personId() == null || people.containsKey(m.personId()), "meeting about unknown person " + m.id());
            require(m.groupId() == null || groups.contains(m.groupId()), "meeting about unknown group " + m.id());
            require(m.locationId() == null || locations.containsKey(m.locationId()),
                    "meeting about unknown location " + m.id());
            require(m.kind() != null && !m.agencies().isEmpty() && !m.heldOn().isAfter(end)
                    && !m.heldOn().isBefore(start), "meeting kind, agencies or date " + m.id());
        }

        Set<String> historyKeys = new HashSet<>();
        for (FamilyHistory h : bundle.familyHistory()) {
            require(families.contains(h.familyId()), "history of unknown family " + h);
            require(historyKeys.add(h.key()), "duplicate family history " + h);
            require(h.kind() != null && h.notedOn() != null && h.source() != null && !h.notedOn().isAfter(end),
                    "family history field " + h);
        }
    }

    private static boolean isType(Map<String, Location> locations, String id, LocationType type) {
        Location l = id == null ? null : locations.get(id);
        return l != null && l.type() == type;
    }

    private void require(boolean ok, String problem) {
        if (!ok) {
            String rule = problem.replaceAll(" [A-Z]+[-0-9].*$", "");
            int seen = perRule.merge(rule, 1, Integer::sum);
            if (seen <= 3) {
                problems.add(problem);
            }
        }
    }
}
