package org.contextmap.demo;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.contextmap.base.Agency;
import org.contextmap.casework.MeetingKind;

/**
 * Multi-agency meetings about people, groups and places. A strategy discussion follows most
 * serious victimisations within three working days — but some are late and some never happen,
 * which is the first lesson of Bristol Rapid Review No. 7. Children on a protection plan have
 * conferences every six months; flagged and repeatedly harmed children have safety-planning
 * meetings; children with four or more agencies involved usually, not always, have
 * multi-agency reviews ({@link ChildMeetings}). A violence-reduction meeting every three weeks
 * reviews each group with recent harm, and each quarter context conferences look at the worst
 * hotspots ({@link ContextMeetings}).
 *
 * <p>This class holds the meetings, in date order once all are added; the agencies at a meeting
 * are a bit set ({@link #bit}).
 */
final class MeetingHistory {

    private final IntList kind = new IntList(1024);
    private final IntList day = new IntList(1024);
    private final IntList person = new IntList(1024);
    private final IntList group = new IntList(1024);
    private final IntList location = new IntList(1024);
    private final IntList agencies = new IntList(1024);
    private int[] order;

    MeetingHistory(Population people, PeerGroups groups, IncidentHistory incidents, HarmSummary harm,
            CareStatus care, ReferralHistory referrals, Geography map, CityCalendar calendar,
            SplittableRandom random) {
        ChildMeetings children = new ChildMeetings(this, people, incidents, calendar, random);
        children.strategyDiscussions(harm);
        children.protectionConferences(care);
        children.safetyPlanning(harm, care);
        children.multiAgencyReviews(harm, care, referrals);
        ContextMeetings contexts = new ContextMeetings(this, groups, incidents, map, calendar, random);
        contexts.violenceReduction();
        contexts.contextConferences();
        sortByDate();
    }

    int size() {
        return order.length;
    }

    MeetingKind kind(int i) {
        return MeetingKind.values()[kind.get(order[i])];
    }

    long day(int i) {
        return day.get(order[i]);
    }

    int person(int i) {
        return person.get(order[i]);
    }

    int group(int i) {
        return group.get(order[i]);
    }

    /** Coded like incident locations (places, then schools, then neighbourhoods), or -1. */
    int location(int i) {
        return location.get(order[i]);
    }

    int agencies(int i) {
        return agencies.get(order[i]);
    }

    /** The agency's bit in a meeting's set of agencies. */
    static int bit(Agency agency) {
        return 1 << agency.ordinal();
    }

    /** Adds a meeting on day d about a person, a group or a location (the others -1), with the agencies. */
    void add(MeetingKind k, long d, int p, int g, int l, int who) {
        kind.add(k.ordinal());
        day.add((int) d);
        person.add(p);
        group.add(g);
        location.add(l);
        agencies.add(who);
    }

    private void sortByDate() {
        int n = kind.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) day.get(i) << 32 | i;
        }
        Arrays.sort(keys);
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
    }
}
