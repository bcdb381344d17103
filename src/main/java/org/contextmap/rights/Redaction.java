package org.contextmap.rights;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes every other young person out of a subject-access export: each one's id and full name,
 * wherever it occurs in any text, becomes "another young person (ref 3F2A)". The reference is a
 * hash of the child's and the other's ids, so it is the same for the same other young person
 * throughout one child's exports (the child can tell that two incidents involved the same person)
 * and different in another child's (two exports cannot be laid side by side to link people); it
 * reveals neither the id, nor the name, nor the date of birth.
 */
final class Redaction {

    /** Characters that continue an id or a name: a match must not start or end inside a word. */
    private static final String WORD = "[\\p{L}\\p{N}_-]";
    private static final Pattern TOKEN = Pattern.compile(WORD + "+");

    private final Map<String, String> refs;
    private final Map<String, String> replacements;
    private final Pattern pattern;

    private Redaction(Map<String, String> refs, Map<String, String> replacements, Pattern pattern) {
        this.refs = refs;
        this.replacements = replacements;
        this.pattern = pattern;
    }

    /**
     * @param subjectId   the child the export is about, whose id and name stay
     * @param subjectName their name (a name another child shares is left, as it is the child's own)
     * @param others      every other young person who may be mentioned, id to name (name may be null)
     */
    static Redaction of(String subjectId, String subjectName, Map<String, String> others) {
        Map<String, String> refs = references(subjectId, others.keySet());
        Map<String, String> replacements = new HashMap<>();
        others.forEach((id, name) -> {
            String words = "another young person (ref " + refs.get(id) + ")";
            replacements.putIfAbsent(id.toLowerCase(Locale.ROOT), words);
            if (name != null && !name.isBlank()) {
                replacements.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), words);
            }
        });
        // the child's own id and name match too, as themselves, so that no shorter name inside them is taken out
        for (String own : new String[] {subjectId, subjectName}) {
            if (own != null && !own.isBlank()) {
                replacements.put(own.strip().toLowerCase(Locale.ROOT), null);
            }
        }
        if (others.isEmpty()) {
            return new Redaction(refs, replacements, null);
        }
        String alternatives = replacements.keySet().stream().sorted(Comparator.comparingInt(String::length)
                .reversed().thenComparing(Comparator.naturalOrder())).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        Pattern pattern = Pattern.compile("(?<!" + WORD + ")(?:" + alternatives + ")(?!" + WORD + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new Redaction(refs, replacements, pattern);
    }

    /** Short references, four hex digits, longer for any that would otherwise be shared. */
    private static Map<String, String> references(String subjectId, Set<String> others) {
        Map<String, String> refs = new HashMap<>();
        for (int length = 4; length <= 64 && refs.size() < others.size(); length += 2) {
            Map<String, List<String>> byRef = new HashMap<>();
            for (String other : others) {
                if (!refs.containsKey(other)) {
                    byRef.computeIfAbsent(hash(subjectId, other).substring(0, length), r -> new ArrayList<>())
                            .add(other);
                }
            }
            Set<String> taken = new HashSet<>(refs.values());
            byRef.forEach((ref, ids) -> {
                if (ids.size() == 1 && taken.stream().noneMatch(t -> t.startsWith(ref) || ref.startsWith(t))) {
                    refs.put(ids.getFirst(), ref);
                }
            });
        }
        return refs;
    }

    private static String hash(String subjectId, String otherId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((subjectId + "\u0000" + otherId).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The stable reference of another young person in this export: "3F2A". */
    String ref(String otherId) {
        return refs.get(otherId);
    }

    /** The text with every other young person's id and name replaced. */
    String redact(String text) {
        if (pattern == null || text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String words = replacements.get(m.group().toLowerCase(Locale.ROOT));
            if (words != null && startsSentence(text, m.start())) {
                words = Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(words == null ? m.group() : words));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || text.charAt(i) == '.';
    }

    /** Redacts every text in a JSON tree, in place, and returns it. */
    JsonNode redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : new ArrayList<>(object.propertyNames())) {
                JsonNode child = object.get(name);
                if (child.isString()) {
                    object.put(name, redact(child.asString()));
                } else {
                    redact(child);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode child = array.get(i);
                if (child.isString()) {
                    array.set(i, array.stringNode(redact(child.asString())));
                } else {
                    redact(child);
                }
            }
        }
        return node;
    }

    /** Every word-like token of every text in a tree: the candidates for ids of other young people. */
    static Set<String> tokens(JsonNode node) {
        Set<String> tokens = new HashSet<>();
        collect(node, tokens);
        return tokens;
    }

    private static void collect(JsonNode node, Set<String> tokens) {
        if (node.isString()) {
            Matcher m = TOKEN.matcher(node.asString());
            while (m.find()) {
                tokens.add(m.group());
            }
        } else {
            node.forEach(child -> collect(child, tokens));
        }
    }
}
