// The import journal: one (:Import) per import, and a single lock node that makes imports run
// one at a time across every application instance sharing the database.
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (n:Import) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (n:ImportLock) REQUIRE n.id IS UNIQUE;
CREATE RANGE INDEX import_status IF NOT EXISTS FOR (n:Import) ON (n.status);
