package org.contextmap.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.contextmap.ContextMapApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Every query in the code and the migrations speaks of the graph that {@link NodeLabel} and
 * {@link RelType} declare: no label, relationship type or property that nobody declares (a typo,
 * or a rename done in one place only), no declaration that nothing uses, an owner that is a real
 * feature, and a section in docs/domain-model.md for each.
 */
class GraphSchemaTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path MIGRATIONS = Path.of("cypher");
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern CYPHER = Pattern.compile("\\b(MATCH|MERGE|CREATE|UNWIND|DETACH DELETE)\\b");
    private static final Pattern NODE = Pattern.compile("\\((\\w*)((?::\\w+)+)\\s*(\\{[^}]*})?");
    private static final Pattern RELATIONSHIP = Pattern.compile("\\[(\\w*):(\\w+(?:\\|\\w+)*)\\s*(\\{[^}]*})?");
    private static final Pattern PROPERTY = Pattern.compile("(?<![\\w.$])(\\w+)\\.(\\w+)\\b");
    private static final Pattern MAP_KEY = Pattern.compile("(\\w+)\\s*:");

    /** A query and where it is. */
    record Query(String where, String text) {
    }

    private static List<Query> queries;

    @BeforeAll
    static void readEveryQuery() throws IOException {
        queries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String code = Files.readString(file);
                Matcher string = STRING.matcher(code);
                while (string.find()) {
                    String text = string.group(1) != null ? string.group(1) : string.group(2);
                    if (CYPHER.matcher(text).find()) {
                        int line = code.substring(0, string.start()).split("\n", -1).length;
                        queries.add(new Query(file + ":" + line, text));
                    }
                }
            }
        }
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                queries.add(new Query(file.toString(), Files.readString(file).replaceAll("//[^\\n]*", "")));
            }
        }
    }

    @Test
    void readsEveryQueryOfTheCodeAndTheMigrations() {
        assertThat(queries).as("queries found").hasSizeGreaterThan(100);
        assertThat(queries).anySatisfy(q -> assertThat(q.where()).contains("PersonWriter"));
    }

    @Test
    void everyLabelATypeOrAPropertyAQueryNamesIsDeclared() {
        List<String> undeclared = new ArrayList<>();
        for (Query query : queries) {
            undeclared.addAll(undeclaredIn(query));
        }
        assertThat(undeclared).as("labels, types and properties used in Cypher but not declared in NodeLabel or "
                + "RelType").isEmpty();
    }

    @Test
    void findsWhatIsNotDeclared() {
        Query typo = new Query("test", """
                MATCH (p:YoungPerson {id: $id})-[r:KNOWS]->(q:YoungPersn)
                WHERE r.sinc > $day RETURN p.name, q.nickname, r.kind
                """);
        assertThat(undeclaredIn(typo)).containsExactlyInAnyOrder("test: label YoungPersn",
                "test: property sinc of KNOWS");
    }

    @Test
    void everyDeclarationIsUsed() throws IOException {
        Set<String> labels = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (Query query : queries) {
            Matcher node = NODE.matcher(withoutLiterals(query.text()));
            while (node.find()) {
                labels.addAll(Arrays.asList(node.group(2).substring(1).split(":")));
            }
            Matcher relationship = RELATIONSHIP.matcher(withoutLiterals(query.text()));
            while (relationship.find()) {
                types.addAll(Arrays.asList(relationship.group(2).split("\\|")));
            }
        }
        String javaApi = javaApiUses();
        for (RelType type : RelType.values()) {
            if (javaApi.contains("RelType." + type.name())) {
                types.add(type.type());
            }
        }
        assertThat(Arrays.stream(NodeLabel.values()).map(NodeLabel::label).filter(l -> !labels.contains(l)))
                .as("labels declared but in no query").isEmpty();
        assertThat(Arrays.stream(RelType.values()).map(RelType::type).filter(t -> !types.contains(t)))
                .as("relationship types declared but in no query").isEmpty();
    }

    @Test
    void everyOwnerIsAFeature() {
        ApplicationModules modules = ApplicationModules.of(ContextMapApplication.class);
        Stream.concat(Arrays.stream(NodeLabel.values()).map(NodeLabel::owner),
                Arrays.stream(RelType.values()).map(RelType::owner)).filter(owner -> owner != null)
                .forEach(owner -> assertThat(modules.getModuleByName(owner)).as(owner).isPresent());
    }

    @Test
    void theDomainModelDocumentHasASectionForEach() throws IOException {
        String document = Files.readString(Path.of("docs/domain-model.md"));
        for (NodeLabel label : NodeLabel.values()) {
            assertThat(document).as("docs/domain-model.md").contains("\n### " + label.label() + "\n");
        }
        for (RelType type : RelType.values()) {
            assertThat(document).as("docs/domain-model.md").contains("\n### " + type.type() + "\n");
        }
    }

    /** What a query names that the schema does not declare, as "where: what". */
    static List<String> undeclaredIn(Query query) {
        String text = withoutLiterals(query.text());
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> bound = new HashMap<>();
        Map<String, Set<String>> declared = new HashMap<>();
        Map<String, Set<String>> labels = new HashMap<>();
        Arrays.stream(NodeLabel.values()).forEach(l -> labels.put(l.label(), l.properties()));
        Map<String, Set<String>> types = new HashMap<>();
        Arrays.stream(RelType.values()).forEach(t -> types.put(t.type(), t.properties()));
        Matcher node = NODE.matcher(text);
        while (node.find()) {
            check(query.where(), "label", node.group(1), node.group(2).substring(1).split(":"), node.group(3), labels,
                    bound, declared, problems);
        }
        Matcher relationship = RELATIONSHIP.matcher(text);
        while (relationship.find()) {
            check(query.where(), "relationship type", relationship.group(1), relationship.group(2).split("\\|"),
                    relationship.group(3), types, bound, declared, problems);
        }
        Matcher property = PROPERTY.matcher(text);
        Set<String> reported = new TreeSet<>();
        while (property.find()) {
            String variable = property.group(1);
            String key = property.group(2);
            if (declared.containsKey(variable) && !declared.get(variable).contains(key)) {
                reported.add(query.where() + ": property " + key + " of " + String.join("/", bound.get(variable)));
            }
        }
        problems.addAll(reported);
        return problems;
    }

    /**
     * Checks the labels or types of one pattern element, and the keys of its map, against what is
     * declared; binds its variable. neo4j-migrations' own nodes ({@code __Neo4jMigration}) are not
     * ContextMap's data and are passed over.
     */
    private static void check(String where, String what, String variable, String[] names, String map,
            Map<String, Set<String>> schema, Map<String, Set<String>> bound, Map<String, Set<String>> declared,
            List<String> problems) {
        for (String name : names) {
            if (name.startsWith("__")) {
                continue;
            }
            Set<String> properties = schema.get(name);
            if (properties == null) {
                problems.add(where + ": " + what + " " + name);
                continue;
            }
            bind(bound, declared, variable, name, properties);
            keys(map).stream().filter(key -> !properties.contains(key))
                    .forEach(key -> problems.add(where + ": property " + key + " of " + name));
        }
    }

    /** A variable bound to labels or types in one query may hold any of them: any one declaring a property will do. */
    private static void bind(Map<String, Set<String>> bound, Map<String, Set<String>> declared, String variable,
            String name, Set<String> properties) {
        if (!variable.isEmpty()) {
            bound.computeIfAbsent(variable, v -> new TreeSet<>()).add(name);
            declared.computeIfAbsent(variable, v -> new HashSet<>()).addAll(properties);
        }
    }

    private static List<String> keys(String map) {
        List<String> keys = new ArrayList<>();
        if (map != null) {
            Matcher key = MAP_KEY.matcher(map);
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        return keys;
    }

    /** The query without its string literals, whose contents are values, not schema. */
    private static String withoutLiterals(String text) {
        return text.replaceAll("'[^']*'", "''");
    }

    private static String javaApiUses() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }
}
