// The audit trail is a hash chain (docs/audit.md): each entry has a sequence number, unique, so
// that two writers can never give two entries the same place; its index also serves the check,
// which walks the chain in order. The head of the chain is a single node.
CREATE CONSTRAINT audit_entry_sequence IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.sequence IS UNIQUE;
CREATE CONSTRAINT audit_chain_id IF NOT EXISTS FOR (n:AuditChain) REQUIRE n.id IS UNIQUE;
// Auditors list what one user read, over a time.
CREATE RANGE INDEX audit_entry_user IF NOT EXISTS FOR (n:AuditEntry) ON (n.user, n.at);
CREATE RANGE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
