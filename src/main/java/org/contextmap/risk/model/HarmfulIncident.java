package org.contextmap.risk.model;

import java.time.LocalDate;
import org.contextmap.base.Agency;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;

/**
 * A harmful incident as the model reads it: its day, type, severity and weapon, the agency that
 * recorded it, and the ids of its victims and suspects — the parties from which its risk spreads
 * (witnesses and people present are not parties). The input of {@link HarmHistory}, for building
 * a history and for replacing incidents in it; the history keeps each one as read.
 */
public record HarmfulIncident(String id, LocalDate day, IncidentType type, Severity severity, Weapon weapon,
        Agency source, String[] victims, String[] suspects) {
}
