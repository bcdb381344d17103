package org.contextmap.account;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.contextmap.base.Role;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The {@code :User} nodes. Passwords arrive here already hashed. */
@Repository
class UserStore {

    /** A stored user with the hash, for signing in. */
    record Stored(UserAccount account, String passwordHash) {
    }

    private static final String RETURN = """
            RETURN u.username AS username, u.displayName AS displayName, u.roles AS roles, u.schools AS schools,
                   u.enabled AS enabled, u.createdAt AS createdAt, u.createdBy AS createdBy, u.passwordHash AS hash
            """;

    private final Neo4jClient client;

    UserStore(Neo4jClient client) {
        this.client = client;
    }

    Optional<Stored> find(String username) {
        return client.query("MATCH (u:User {username: $username})\n" + RETURN)
                .bind(username).to("username")
                .fetchAs(Stored.class).mappedBy((types, row) -> stored(row.get("username"), row)).one();
    }

    List<UserAccount> all() {
        return List.copyOf(client.query("MATCH (u:User)\n" + RETURN + "ORDER BY u.username")
                .fetchAs(UserAccount.class).mappedBy((types, row) -> stored(row.get("username"), row).account()).all());
    }

    long count() {
        return client.query("MATCH (u:User) RETURN count(u) AS n").fetchAs(Long.class).one().orElse(0L);
    }

    /** Creates the user, or does nothing and answers false when the name is taken. */
    boolean create(UserAccount account, String passwordHash) {
        return client.query("""
                OPTIONAL MATCH (existing:User {username: $username})
                WITH existing WHERE existing IS NULL
                CREATE (u:User {username: $username, displayName: $displayName, passwordHash: $hash, roles: $roles,
                                schools: $schools, enabled: $enabled, createdAt: datetime(), createdBy: $createdBy})
                RETURN count(u) AS created
                """)
                .bind(account.username()).to("username")
                .bind(account.displayName()).to("displayName")
                .bind(passwordHash).to("hash")
                .bind(names(account.roles())).to("roles")
                .bind(List.copyOf(account.schools())).to("schools")
                .bind(account.enabled()).to("enabled")
                .bind(account.createdBy()).to("createdBy")
                .fetchAs(Long.class).one().orElse(0L) > 0;
    }

    /** Changes what is given (null: unchanged); false when there is no such user. */
    boolean update(String username, String displayName, Set<Role> roles, Set<String> schools, Boolean enabled,
                   String passwordHash, String changedBy) {
        return client.query("""
                MATCH (u:User {username: $username})
                SET u.displayName = coalesce($displayName, u.displayName), u.roles = coalesce($roles, u.roles),
                    u.schools = coalesce($schools, u.schools), u.enabled = coalesce($enabled, u.enabled),
                    u.passwordHash = coalesce($hash, u.passwordHash), u.changedAt = datetime(), u.changedBy = $changedBy
                RETURN count(u) AS changed
                """)
                .bind(username).to("username")
                .bind(displayName).to("displayName")
                .bind(roles == null ? null : names(roles)).to("roles")
                .bind(schools == null ? null : List.copyOf(schools)).to("schools")
                .bind(enabled).to("enabled")
                .bind(passwordHash).to("hash")
                .bind(changedBy).to("changedBy")
                .fetchAs(Long.class).one().orElse(0L) > 0;
    }

    boolean delete(String username) {
        return client.query("MATCH (u:User {username: $username}) DELETE u RETURN count(*) AS deleted")
                .bind(username).to("username").fetchAs(Long.class).one().orElse(0L) > 0;
    }

    private static List<String> names(Collection<Role> roles) {
        return roles.stream().map(Enum::name).sorted().toList();
    }

    private static Stored stored(Value username, org.neo4j.driver.Record row) {
        Set<Role> roles = row.get("roles").isNull() ? Set.of() : row.get("roles").asList(Value::asString).stream()
                .flatMap(name -> {
                    try {
                        return Stream.of(Role.valueOf(name));
                    } catch (IllegalArgumentException unknown) {
                        return Stream.empty();
                    }
                }).collect(Collectors.toSet());
        Set<String> schools = row.get("schools").isNull() ? Set.of()
                : new TreeSet<>(row.get("schools").asList(Value::asString));
        OffsetDateTime created = row.get("createdAt").isNull() ? null : row.get("createdAt").asOffsetDateTime();
        UserAccount account = new UserAccount(username.asString(), row.get("displayName").asString(username.asString()),
                roles, schools, row.get("enabled").asBoolean(true), created, row.get("createdBy").asString(null));
        return new Stored(account, row.get("hash").asString(null));
    }
}
