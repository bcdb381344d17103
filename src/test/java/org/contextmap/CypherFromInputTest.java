package org.contextmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Cypher is built from a value: every query text in {@code src/main/java} is a constant, joined
 * at most with other constants ({@code UPPER_CASE} fields, literals, enum constants), and every
 * value reaches Neo4j as a parameter. The test reads the sources: where a string that reads as
 * Cypher is concatenated with, formatted with or appended to anything else, it fails with the
 * file and line. {@code cypher/} (the migrations) may not run text as Cypher (APOC's dynamic
 * Cypher) either.
 *
 * <p>The exceptions are listed in {@link #CONSTANT_PARTS}, by file and expression: values of enums
 * that the scanner cannot see to be constants (the labels and relationship types of the import
 * journal, from {@code NodeLabel} and {@code RelType}; the people list's sort, from an enum).
 */
class CypherFromInputTest {

    private static final Pattern CYPHER = Pattern.compile(
            "\\b(MATCH|MERGE|UNWIND|RETURN|ORDER BY|DETACH DELETE|CREATE \\(|CALL \\{|CALL \\(|SET [a-z]+\\.|REMOVE [a-z]+[.:]|LOAD CSV)\\b");
    private static final Pattern DYNAMIC_CYPHER = Pattern.compile("apoc\\.(cypher\\.(run|doIt|runMany)|periodic\\.iterate)");
    /** Expressions that look like variables but are parts of a constant table (see the class comment). */
    private static final Set<String> CONSTANT_PARTS = Set.of("exchange/LinkMarks.java: kind.start()",
            "exchange/LinkMarks.java: kind.type()", "exchange/LinkMarks.java: kind.end()",
            "exchange/LinkMarks.java: kind.discriminator()",
            // the import journal deletes what an import created, label by label of NodeLabel.records()
            "exchange/ImportJournal.java: type", "exchange/ImportJournal.java: label",
            // the order of the people list: PeopleQuery.Sort's expression, chosen by enum
            "person/PeopleSearch.java: order", "person/PeopleSearch.java: page");

    @Test
    void noQueryIsBuiltFromAValue() throws IOException {
        Path main = Path.of("src/main/java/org/contextmap");
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = main.relativize(file).toString().replace('\\', '/');
                findings.addAll(scan(name, JavaTokens.of(Files.readString(file))));
            }
        }
        assertThat(findings).as("queries built from values (use a parameter instead)").isEmpty();
    }

    @Test
    void theMigrationsRunNoTextAsCypher() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("cypher"))) {
            for (Path file : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (DYNAMIC_CYPHER.matcher(lines.get(i)).find()) {
                        findings.add(file + ":" + (i + 1) + ": runs text as Cypher");
                    }
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void theScannerFindsWhatItLooksFor() {
        String source = """
                class Q {
                    static final String RETURN_PART = "RETURN p.id";
                    void a(String id, Client client) {
                        client.query("MATCH (p:YoungPerson {id: '" + id + "'}) RETURN p").run();
                        client.query("MATCH (p) WHERE p.name = '%s'".formatted(id));
                        client.query(String.format("MATCH (p {id: %s})", id));
                        client.query("MATCH (p) " + RETURN_PART + " LIMIT " + LIMIT);
                        client.query(\"""
                                MATCH (p:YoungPerson {id: $id})
                                \""" + (id.isEmpty() ? "RETURN p" : "RETURN p.id"));
                        new StringBuilder("MATCH (p) WHERE ").append(id);
                        String message = "Send " + id + " again";
                    }
                }
                """;
        assertThat(scan("Q.java", JavaTokens.of(source))).extracting(f -> f.substring(0, f.indexOf(':', 7)))
                .containsExactly("Q.java:4", "Q.java:5", "Q.java:6", "Q.java:11");
    }

    /** The findings of one file: each Cypher text joined with something that is not a constant. */
    static List<String> scan(String file, List<JavaTokens.Token> tokens) {
        Set<String> cypherConstants = new HashSet<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).isIdentifier() && tokens.get(i + 1).text().equals("=") && isCypher(tokens.get(i + 2))
                    && JavaTokens.isConstantName(tokens.get(i).text())) {
                cypherConstants.add(tokens.get(i).text());
            }
        }
        List<String> findings = new ArrayList<>();
        Set<Integer> reported = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            JavaTokens.Token token = tokens.get(i);
            boolean cypher = isCypher(token) || token.isIdentifier() && cypherConstants.contains(token.text())
                    && (i == 0 || !tokens.get(i - 1).text().equals("."));
            boolean declaration = token.isIdentifier() && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("=");
            if (!cypher || declaration) {
                continue;
            }
            JavaTokens.Expression expression = JavaTokens.expressionAround(tokens, i);
            for (String part : expression.parts()) {
                if (!JavaTokens.isConstantExpression(part) && !CONSTANT_PARTS.contains(file + ": " + part)
                        && reported.add(token.line())) {
                    findings.add(file + ":" + token.line() + ": query text joined with " + part);
                }
            }
        }
        return findings;
    }

    private static boolean isCypher(JavaTokens.Token token) {
        return token.isString() && (CYPHER.matcher(token.text()).find() || DYNAMIC_CYPHER.matcher(token.text()).find());
    }
}
