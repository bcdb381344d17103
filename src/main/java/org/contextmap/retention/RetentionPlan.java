package org.contextmap.retention;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exactly what a run on {@code asOf} erases: the ids of each kind, read in the run's own transaction
 * so that what is counted is what is removed.
 *
 * @param people    the young people whose records go, each with what goes with them (for the audit)
 * @param relationships how many ties between young people go with them (a tie between two of them once)
 * @param decisions how many recorded decisions on their alerts go
 */
record RetentionPlan(LocalDate asOf, List<Person> people, long relationships, long decisions, List<String> families,
        List<String> incidents, List<String> anonymised, List<String> educationEvents, List<String> referrals,
        List<String> meetings, long staleAssociations, long undatedPeople) {

    /** A young person whose record is erased, and how many facts about them go with it. */
    record Person(String id, long involvements, long associations, long relationships, long educationEvents,
            long referrals, long meetings, long decisions) {

        /** In words, for the audit entry. */
        String what() {
            return "Record erased under the retention rules with " + involvements + " incident involvement(s), "
                    + associations + " peer-group association(s), " + relationships + " relationship(s), "
                    + educationEvents + " education event(s), " + referrals + " referral(s), " + meetings
                    + " meeting(s) about them and " + decisions + " alert decision(s).";
        }
    }

    List<String> personIds() {
        return people.stream().map(Person::id).toList();
    }

    RetentionReport report(boolean dryRun) {
        Map<String, Long> removed = new LinkedHashMap<>();
        removed.put("people", (long) people.size());
        removed.put("incidentInvolvements", people.stream().mapToLong(Person::involvements).sum());
        removed.put("associations", people.stream().mapToLong(Person::associations).sum());
        removed.put("relationships", relationships);
        removed.put("alertDecisions", decisions);
        removed.put("families", (long) families.size());
        removed.put("incidents", (long) incidents.size());
        removed.put("educationEvents", (long) educationEvents.size());
        removed.put("referrals", (long) referrals.size());
        removed.put("meetings", (long) meetings.size());
        removed.put("incidentsAnonymised", (long) anonymised.size());
        return new RetentionReport(asOf, dryRun, Collections.unmodifiableMap(removed),
                staleAssociations, undatedPeople);
    }
}
