package org.contextmap.demo;

import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;

/** Per young person: how often they were harmed or suspected, read once from the incident history. */
final class HarmSummary {

    final int[] seriousVictimisations;
    final int[] suspicions;
    final int[] missingEpisodes;
    final int[] exploitations;
    final int[] sexualHarm;
    final int[] weaponPossessions;

    HarmSummary(Population people, IncidentHistory incidents) {
        int n = people.size;
        seriousVictimisations = new int[n];
        suspicions = new int[n];
        missingEpisodes = new int[n];
        exploitations = new int[n];
        sexualHarm = new int[n];
        weaponPossessions = new int[n];
        for (int i = 0; i < incidents.count; i++) {
            IncidentType type = incidents.type(i);
            boolean serious = incidents.seriousHarm(i);
            for (int j = incidents.involvementStart[i]; j < incidents.involvementStart[i + 1]; j++) {
                int p = incidents.involvementPerson[j];
                Role role = incidents.role(j);
                if (role == Role.VICTIM) {
                    if (serious) {
                        seriousVictimisations[p]++;
                    }
                    switch (type) {
                        case MISSING_EPISODE -> missingEpisodes[p]++;
                        case EXPLOITATION -> exploitations[p]++;
                        case SEXUAL_ABUSE -> sexualHarm[p]++;
                        default -> {
                        }
                    }
                } else if (role == Role.SUSPECT) {
                    suspicions[p]++;
                    if (type == IncidentType.WEAPON_POSSESSION) {
                        weaponPossessions[p]++;
                    }
                }
            }
        }
    }
}
