// What each version of the data changed (GraphVersion): looked up by version when another
// instance's caches catch up.
CREATE CONSTRAINT data_change_version IF NOT EXISTS FOR (n:DataChange) REQUIRE n.version IS UNIQUE;
