// Who may sign in (docs/access.md): one node per user name, found by it at every sign-in.
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE;
CREATE CONSTRAINT pseudonym_key_id IF NOT EXISTS FOR (k:PseudonymKey) REQUIRE k.id IS UNIQUE;
