// Every node that a bundle, the API or the UI refers to has a unique id (docs/domain-model.md).
// Uniqueness constraints also give the id lookups of imports and profiles an index.
CREATE CONSTRAINT young_person_id IF NOT EXISTS FOR (n:YoungPerson) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT family_id IF NOT EXISTS FOR (n:Family) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT family_history_id IF NOT EXISTS FOR (n:FamilyHistory) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT peer_group_id IF NOT EXISTS FOR (n:PeerGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (n:Incident) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT education_event_id IF NOT EXISTS FOR (n:EducationEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT referral_id IF NOT EXISTS FOR (n:Referral) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT safety_plan_id IF NOT EXISTS FOR (n:SafetyPlan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT action_id IF NOT EXISTS FOR (n:Action) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (n:DataVersion) REQUIRE n.id IS UNIQUE;
