// Safety plans (one node per version) and their actions: found by plan, by subject, and open
// actions by due date for the tracker.
CREATE INDEX safety_plan_plan IF NOT EXISTS FOR (n:SafetyPlan) ON (n.planId);
CREATE INDEX safety_plan_subject IF NOT EXISTS FOR (n:SafetyPlan) ON (n.subjectId);
CREATE INDEX action_plan IF NOT EXISTS FOR (n:Action) ON (n.planId);
CREATE INDEX action_status IF NOT EXISTS FOR (n:Action) ON (n.status);
