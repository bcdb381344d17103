// Decisions about practice alerts: looked up by the alert they decide and by young person
CREATE INDEX alert_decision_alert IF NOT EXISTS FOR (d:AlertDecision) ON (d.alertId);
CREATE INDEX alert_decision_person IF NOT EXISTS FOR (d:AlertDecision) ON (d.personId);
