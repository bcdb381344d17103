package org.contextmap.base;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces the names of children a reader may not see, wherever they stand in a sentence ("Amira
 * Hassan was harmed…" → "YP-7K3QX2M9 was harmed…"), for texts written before anyone knew who would
 * read them: alert reasons, fact descriptions. Names are found whole-word, longest first, by their
 * first word, so a scrub costs one pass over the text whatever the number of names.
 */
public final class NameScrubber {

    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    private final Map<String, String> replacements;

    /** @param replacements each name to hide → what to show instead */
    public NameScrubber(Map<String, String> replacements) {
        Map<String, String> normalised = new HashMap<>();
        replacements.forEach((name, replacement) -> {
            String[] words = name == null ? new String[0] : name.strip().split("\\s+");
            if (words.length > 0 && !words[0].isEmpty() && replacement != null) {
                byFirstWord.computeIfAbsent(leadingWord(words[0]), w -> new ArrayList<>()).add(words);
                normalised.put(String.join(" ", words), replacement);
            }
        });
        this.replacements = Map.copyOf(normalised);
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b.length - a.length));
    }

    public boolean isEmpty() {
        return replacements.isEmpty();
    }

    /** The text with every hidden name replaced; {@code null} stays {@code null}. */
    public String scrub(String text) {
        if (text == null || replacements.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = wordEnd(text, i);
                List<String[]> candidates = byFirstWord.get(text.substring(i, end));
                if (candidates == null && end - i > 2 && text.startsWith("'s", end - 2)) {
                    candidates = byFirstWord.get(text.substring(i, end - 2)); // a possessive: "Amira's friend"
                }
                Match matched = candidates == null ? null : match(text, i, candidates);
                if (matched != null) {
                    out.append(replacements.get(String.join(" ", matched.words())));
                    i = matched.end();
                    continue;
                }
                out.append(text, i, end);
                i = end;
                continue;
            }
            out.append(text.charAt(i++));
        }
        return out.toString();
    }

    private record Match(String[] words, int end) {
    }

    private static Match match(String text, int start, List<String[]> candidates) {
        for (String[] words : candidates) {
            int at = start;
            boolean all = true;
            for (int w = 0; w < words.length && all; w++) {
                if (w > 0) {
                    int spaces = at;
                    while (spaces < text.length() && Character.isWhitespace(text.charAt(spaces))) {
                        spaces++;
                    }
                    all = spaces > at;
                    at = spaces;
                }
                all = all && text.startsWith(words[w], at);
                at += words[w].length();
            }
            if (all && (at >= text.length() || !Character.isLetterOrDigit(text.charAt(at)))) {
                return new Match(words, at);
            }
        }
        return null;
    }

    private static String leadingWord(String word) {
        return word.substring(0, wordEnd(word, 0));
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '\''
                || text.charAt(end) == '-')) {
            end++;
        }
        return end;
    }
}
