package org.contextmap.risk.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contextmap.incident.HarmWeights;
import org.contextmap.incident.IncidentType;
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

    private final CompactGraph graph;
    private final HarmfulIncident[] incidents;
    private final int[] days;
    private final double[] harm;
    private final int[] partyStart;
    private final int[] parties;
    private final int[] victimCount;
    private final int[] personStart;
    private final int[] personIncidents;
    private final Map<String, Integer> byId;

    /** An incident with its victims and suspects found in the graph: vertices, victims first. */
    private record Resolved(HarmfulIncident incident, int[] parties, int victims) {

        static Resolved of(CompactGraph graph, HarmfulIncident incident) {
            int[] found = new int[incident.victims().length + incident.suspects().length];
            int count = 0;
            int victims = 0;
            for (String[] side : new String[][] {incident.victims(), incident.suspects()}) {
                for (String personId : side) {
                    int v = graph.vertex(personId);
                    if (v >= 0 && !contains(found, count, v)) {
                        found[count++] = v;
                    }
                }
                if (side == incident.victims()) {
                    victims = count;
                }
            }
            return new Resolved(incident, Arrays.copyOf(found, count), victims);
        }

        private static boolean contains(int[] values, int count, int value) {
            for (int k = 0; k < count; k++) {
                if (values[k] == value) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Comparator<Resolved> ORDER = Comparator.comparing((Resolved r) -> r.incident().day())
            .thenComparing(r -> r.incident().id());

    private HarmHistory(CompactGraph graph, List<Resolved> entries, RiskParameters parameters) {
        this.graph = graph;
        int n = entries.size();
        incidents = new HarmfulIncident[n];
        days = new int[n];
        harm = new double[n];
        partyStart = new int[n + 1];
        victimCount = new int[n];
        byId = HashMap.newHashMap(n);
        HarmWeights weights = parameters.harmWeights();
        int[] perPerson = new int[graph.size() + 1];
        for (int i = 0; i < n; i++) {
            Resolved entry = entries.get(i);
            HarmfulIncident incident = entry.incident();
            incidents[i] = incident;
            byId.put(incident.id(), i);
            days[i] = (int) incident.day().toEpochDay();
            harm[i] = weights.harm(incident.type(), incident.severity(), incident.weapon());
            victimCount[i] = entry.victims();
            partyStart[i + 1] = partyStart[i] + entry.parties().length;
        }
        parties = new int[partyStart[n]];
        for (int i = 0; i < n; i++) {
            int[] of = entries.get(i).parties();
            System.arraycopy(of, 0, parties, partyStart[i], of.length);
            for (int v : of) {
                perPerson[v + 1]++;
            }
        }
        for (int v = 0; v < graph.size(); v++) {
            perPerson[v + 1] += perPerson[v];
        }
        personStart = perPerson.clone();
        personIncidents = new int[parties.length];
        int[] fill = Arrays.copyOf(perPerson, graph.size());
        for (int i = 0; i < n; i++) {
            for (int k = partyStart[i]; k < partyStart[i + 1]; k++) {
                personIncidents[fill[parties[k]]++] = i;
            }
        }
    }

    /**
     * The history of these incidents over a person graph: those whose type counts as harm, ordered
     * by day then id. A victim or suspect missing from the graph is left out of the incident.
     */
    public static HarmHistory of(CompactGraph graph, List<HarmfulIncident> incidents, RiskParameters parameters) {
        return new HarmHistory(graph, resolved(graph, incidents, parameters), parameters);
    }

    private static List<Resolved> resolved(CompactGraph graph, List<HarmfulIncident> incidents,
            RiskParameters parameters) {
        HarmWeights weights = parameters.harmWeights();
        return incidents.stream()
                .filter(i -> i.day() != null && weights.harm(i.type(), i.severity(), i.weapon()) > 0)
                .map(i -> Resolved.of(graph, i)).sorted(ORDER).toList();
    }

    /**
     * This history with some incidents added or replaced (by id) and others removed, over the same
     * person graph. The incidents kept are not looked up again: the new ones are merged in, in
     * order, so a change costs a copy of the arrays, not a rebuild.
     */
    public HarmHistory with(List<HarmfulIncident> changed, Set<String> removed, RiskParameters parameters) {
        Set<String> gone = new HashSet<>(removed);
        changed.forEach(incident -> gone.add(incident.id()));
        List<Resolved> added = resolved(graph, changed, parameters);
        List<Resolved> merged = new ArrayList<>(incidents.length + added.size());
        int a = 0;
        for (int i = 0; i < incidents.length; i++) {
            if (gone.contains(incidents[i].id())) {
                continue;
            }
            Resolved kept = new Resolved(incidents[i], Arrays.copyOfRange(parties, partyStart[i], partyStart[i + 1]),
                    victimCount[i]);
            while (a < added.size() && ORDER.compare(added.get(a), kept) < 0) {
                merged.add(added.get(a++));
            }
            merged.add(kept);
        }
        merged.addAll(added.subList(a, added.size()));
        return new HarmHistory(graph, merged, parameters);
    }

    /** The person graph whose vertices the parties are. */
    public CompactGraph graph() {
        return graph;
    }

    public int size() {
        return days.length;
    }

    /** The incident as read. */
    public HarmfulIncident incident(int i) {
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
        HarmfulIncident incident = incidents[i];
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
        return incidents[i].severity() == Severity.FATAL;
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
