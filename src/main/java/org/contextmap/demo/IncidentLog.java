package org.contextmap.demo;

import java.util.Arrays;
import org.contextmap.base.Agency;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;

/**
 * The incidents in the order the simulation creates them (not quite time order: a few are added
 * at the end), packed into int arrays; {@link #finish} sorts them by time into an
 * {@link IncidentHistory}.
 */
final class IncidentLog {

    private static final int LINKED = 1 << 16;
    private static final int HAS_FOLLOW_UP = 1 << 17;
    private static final int DROPPED = 1 << 18;
    private static final int FOLLOW_UP = 1 << 19;

    private final IntList time = new IntList(1024);
    private final IntList info = new IntList(1024);
    private final IntList location = new IntList(1024);
    private final IntList victimGroup = new IntList(1024);
    private final IntList suspectGroup = new IntList(1024);
    private final IntList start = new IntList(1024);
    private final IntList person = new IntList(4096);
    private final IntList role = new IntList(4096);

    IncidentLog() {
        start.add(0);
    }

    int size() {
        return time.size();
    }

    /**
     * Records an incident and its cast; returns its index.
     *
     * @param followUp     a retaliation for an earlier incident
     * @param linked       the recording agency believed it linked to an earlier incident
     * @param victimsGroup the victim's group when victim and suspects belong to groups in conflict, else -1
     */
    int add(int minute, IncidentType type, Severity severity, Weapon weapon, Agency source, int where,
            boolean followUp, boolean linked, IncidentCast cast, int victimsGroup, int suspectsGroup) {
        time.add(minute);
        info.add(type.ordinal() | severity.ordinal() << 4 | weapon.ordinal() << 8 | source.ordinal() << 12
                | (followUp ? FOLLOW_UP : 0) | (linked ? LINKED : 0));
        location.add(where);
        victimGroup.add(victimsGroup);
        suspectGroup.add(suspectsGroup);
        for (int k = 0; k < cast.size(); k++) {
            person.add(cast.person(k));
            role.add(cast.role(k));
        }
        start.add(person.size());
        return time.size() - 1;
    }

    int victimGroup(int i) {
        return victimGroup.get(i);
    }

    int suspectGroup(int i) {
        return suspectGroup.get(i);
    }

    /** The first person in the role in incident i, or -1. */
    int first(int i, Role r) {
        for (int j = start.get(i); j < start.get(i + 1); j++) {
            if (role.get(j) == r.ordinal()) {
                return person.get(j);
            }
        }
        return -1;
    }

    /** The people in the role in incident i. */
    IntList all(int i, Role r) {
        IntList result = new IntList(4);
        for (int j = start.get(i); j < start.get(i + 1); j++) {
            if (role.get(j) == r.ordinal()) {
                result.add(person.get(j));
            }
        }
        return result;
    }

    void markFollowedUp(int i) {
        info.set(i, info.get(i) | HAS_FOLLOW_UP);
    }

    /** A background incident outside every retaliation chain can be dropped without breaking one. */
    boolean dropIfOutsideChains(int i) {
        int bits = info.get(i);
        if ((bits & (HAS_FOLLOW_UP | DROPPED | FOLLOW_UP)) != 0 || victimGroup.get(i) >= 0) {
            return false;
        }
        info.set(i, bits | DROPPED);
        return true;
    }

    IncidentHistory finish(int[] deathMinute) {
        int created = time.size();
        long[] order = new long[created];
        int kept = 0;
        for (int i = 0; i < created; i++) {
            if ((info.get(i) & DROPPED) == 0) {
                order[kept++] = (long) time.get(i) << 32 | i;
            }
        }
        order = Arrays.copyOf(order, kept);
        Arrays.sort(order);
        int[] minute = new int[kept];
        byte[] type = new byte[kept];
        byte[] severity = new byte[kept];
        byte[] weapon = new byte[kept];
        byte[] source = new byte[kept];
        int[] where = new int[kept];
        boolean[] linked = new boolean[kept];
        int[] first = new int[kept + 1];
        for (int k = 0; k < kept; k++) {
            int i = (int) order[k];
            first[k + 1] = first[k] + start.get(i + 1) - start.get(i);
        }
        int[] people = new int[first[kept]];
        byte[] roles = new byte[first[kept]];
        for (int k = 0; k < kept; k++) {
            int i = (int) order[k];
            int bits = info.get(i);
            minute[k] = time.get(i);
            type[k] = (byte) (bits & 0xf);
            severity[k] = (byte) ((bits >>> 4) & 0xf);
            weapon[k] = (byte) ((bits >>> 8) & 0xf);
            source[k] = (byte) ((bits >>> 12) & 0xf);
            where[k] = location.get(i);
            linked[k] = (bits & LINKED) != 0;
            int to = first[k];
            for (int j = start.get(i); j < start.get(i + 1); j++) {
                people[to] = person.get(j);
                roles[to] = (byte) role.get(j);
                to++;
            }
        }
        return new IncidentHistory(kept, minute, type, severity, weapon, source, where, linked, first, people, roles,
                deathMinute);
    }
}
