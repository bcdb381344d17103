package org.contextmap.network.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.network.graph.CompactGraph;

/**
 * The harmful incidents the model counts, in primitive arrays ordered by day: each with its day,
 * its harm weight (type × severity × weapon, {@link RiskParameters#harm}) and its victims and
 * suspects as vertices of one person graph; and, for every young person, the incidents they were
 * a victim or suspect in. Witnesses and people present are not exposure: being at the scene is
 * not being a party to the harm.
 *
 * <p>Immutable: a change is a new history made by {@link #with}, which costs a copy of the arrays
 * (milliseconds for 50,000 incidents), not a re-read of the database.
 */
public final class HarmHistory {

    /** One incident as read: for building and for replacing. */
    public record Incident(String id, LocalDate day, IncidentType type, Severity severity, Weapon weapon,
            String[] victims, String[] suspects) {
    }

    private final CompactGraph graph;
    private final Incident[] incidents;
    private final int[] days;
    private final double[] harm;
    private final int[] partyStart;
    private final int[] parties;
    private final int[] victimCount;
    private final int[] personStart;
    private final int[] personIncidents;
    private final Map<String, Integer> byId;

    private HarmHistory(CompactGraph graph, Incident[] incidents, RiskParameters parameters) {
        this.graph = graph;
        this.incidents = incidents;
        int n = incidents.length;
        days = new int[n];
        harm = new double[n];
        partyStart = new int[n + 1];
        victimCount = new int[n];
        byId = HashMap.newHashMap(n);
        int[] scratch = new int[16];
        int[] all = new int[Math.max(16, n * 3)];
        int used = 0;
        int[] perPerson = new int[graph.size() + 1];
        for (int i = 0; i < n; i++) {
            Incident incident = incidents[i];
            byId.put(incident.id(), i);
            days[i] = (int) incident.day().toEpochDay();
            harm[i] = parameters.harm(incident.type(), incident.severity(), incident.weapon());
            int count = 0;
            for (String[] side : new String[][] {incident.victims(), incident.suspects()}) {
                for (String personId : side) {
                    int v = graph.vertex(personId);
                    if (v >= 0 && !contains(scratch, count, v)) {
                        if (count == scratch.length) {
                            scratch = Arrays.copyOf(scratch, count * 2);
                        }
                        scratch[count++] = v;
                    }
                }
                if (side == incident.victims()) {
                    victimCount[i] = count;
                }
            }
            if (used + count > all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, used + count));
            }
            System.arraycopy(scratch, 0, all, used, count);
            for (int k = 0; k < count; k++) {
                perPerson[scratch[k] + 1]++;
            }
            used += count;
            partyStart[i + 1] = used;
        }
        parties = Arrays.copyOf(all, used);
        for (int v = 0; v < graph.size(); v++) {
            perPerson[v + 1] += perPerson[v];
        }
        personStart = perPerson.clone();
        personIncidents = new int[used];
        int[] fill = Arrays.copyOf(perPerson, graph.size());
        for (int i = 0; i < n; i++) {
            for (int k = partyStart[i]; k < partyStart[i + 1]; k++) {
                personIncidents[fill[parties[k]]++] = i;
            }
        }
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int k = 0; k < count; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * The history of these incidents over a person graph: those whose type counts as harm, ordered
     * by day then id. A victim or suspect missing from the graph is left out of the incident.
     */
    public static HarmHistory of(CompactGraph graph, List<Incident> incidents, RiskParameters parameters) {
        Incident[] counted = incidents.stream()
                .filter(i -> i.day() != null && parameters.harm(i.type(), i.severity(), i.weapon()) > 0)
                .sorted(Comparator.comparing(Incident::day).thenComparing(Incident::id))
                .toArray(Incident[]::new);
        return new HarmHistory(graph, counted, parameters);
    }

    /**
     * This history with some incidents added or replaced (by id) and others removed, over the same
     * person graph.
     */
    public HarmHistory with(List<Incident> changed, java.util.Set<String> removed, RiskParameters parameters) {
        Map<String, Incident> merged = new HashMap<>();
        for (Incident incident : incidents) {
            merged.put(incident.id(), incident);
        }
        removed.forEach(merged::remove);
        changed.forEach(incident -> merged.put(incident.id(), incident));
        return of(graph, new ArrayList<>(merged.values()), parameters);
    }

    /** The person graph whose vertices the parties are. */
    public CompactGraph graph() {
        return graph;
    }

    public int size() {
        return days.length;
    }

    /** The incident as read. */
    public Incident incident(int i) {
        return incidents[i];
    }

    /** The index of an incident, or -1. */
    public int index(String id) {
        Integer i = byId.get(id);
        return i == null ? -1 : i;
    }

    public String id(int i) {
        return incidents[i].id();
    }

    /** The epoch day of incident {@code i}. */
    public int day(int i) {
        return days[i];
    }

    /** The harm weight of incident {@code i}. */
    public double harm(int i) {
        return harm[i];
    }

    /** The first incident on or after an epoch day ({@code size()} if none): incidents are ordered by day. */
    public int firstOnOrAfter(int day) {
        int low = 0;
        int high = days.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (days[mid] < day) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Whether incident {@code i} was serious harm as the practice alerts define it: severity serious
     * or worse, or a stabbing, shooting or other knife, bladed-article or firearm injury.
     */
    public boolean serious(int i) {
        Incident incident = incidents[i];
        if (incident.severity() != null && incident.severity().compareTo(Severity.SERIOUS) >= 0) {
            return true;
        }
        if (incident.type() == IncidentType.STABBING || incident.type() == IncidentType.SHOOTING) {
            return true;
        }
        return incident.type() != IncidentType.THREAT && incident.weapon() != null
                && incident.weapon() != Weapon.NONE && incident.weapon() != Weapon.OTHER;
    }

    /** Whether incident {@code i} was fatal: its victim is no longer at risk, their network is. */
    public boolean fatal(int i) {
        return incidents[i].severity() == org.contextmap.incident.Severity.FATAL;
    }

    /** Start of incident {@code i}'s parties in {@link #parties()}: victims first, then suspects. */
    public int partyStart(int i) {
        return partyStart[i];
    }

    /** End (exclusive) of incident {@code i}'s victims in {@link #parties()}. */
    public int victimEnd(int i) {
        return partyStart[i] + victimCount[i];
    }

    /** End (exclusive) of incident {@code i}'s parties. */
    public int partyEnd(int i) {
        return partyStart[i + 1];
    }

    /** The party vertices of every incident, concatenated. Shared, not copied: do not modify. */
    public int[] parties() {
        return parties;
    }

    /** The role of the party at position {@code k} of {@link #parties()} in incident {@code i}. */
    public Role role(int i, int k) {
        return k < victimEnd(i) ? Role.VICTIM : Role.SUSPECT;
    }

    /** Whether person {@code v} was a victim of incident {@code i}. */
    public boolean isVictim(int i, int v) {
        for (int k = partyStart[i]; k < victimEnd(i); k++) {
            if (parties[k] == v) {
                return true;
            }
        }
        return false;
    }

    /** Start of person {@code v}'s incidents in {@link #personIncidents()}, ordered by day. */
    public int personStart(int v) {
        return personStart[v];
    }

    public int personEnd(int v) {
        return personStart[v + 1];
    }

    /** The incidents of every person, concatenated. Shared, not copied: do not modify. */
    public int[] personIncidents() {
        return personIncidents;
    }

    /**
     * Whether person {@code v} was the victim of another counted incident in the {@code window}
     * days before incident {@code i}: repeat victimisation.
     */
    public boolean harmedBefore(int v, int i, int window) {
        for (int k = personStart[v]; k < personStart[v + 1]; k++) {
            int j = personIncidents[k];
            if (j != i && days[j] <= days[i] && days[i] - days[j] <= window && (days[j] < days[i] || j < i)
                    && isVictim(j, v)) {
                return true;
            }
        }
        return false;
    }
}
