// Indexes for the lookups the application makes besides ids.
// Chronologies and "as of" analytics filter by date.
CREATE RANGE INDEX incident_occurred_at IF NOT EXISTS FOR (n:Incident) ON (n.occurredAt);
CREATE RANGE INDEX referral_received_on IF NOT EXISTS FOR (n:Referral) ON (n.receivedOn);
CREATE RANGE INDEX meeting_held_on IF NOT EXISTS FOR (n:Meeting) ON (n.heldOn);
CREATE RANGE INDEX education_event_date IF NOT EXISTS FOR (n:EducationEvent) ON (n.date);
// The people grid sorts and searches by name; hotspot and school views pick locations by type.
CREATE RANGE INDEX young_person_name IF NOT EXISTS FOR (n:YoungPerson) ON (n.name);
CREATE RANGE INDEX location_type IF NOT EXISTS FOR (n:Location) ON (n.type);
// The audit trail is read per child, newest first.
CREATE RANGE INDEX audit_entry_person IF NOT EXISTS FOR (n:AuditEntry) ON (n.personId, n.at);
