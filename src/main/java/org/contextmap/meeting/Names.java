package org.contextmap.meeting;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.contextmap.base.NameScrubber;
import org.contextmap.person.RecordAccess;

/**
 * How a child is named in an agenda or a pack: by name where the reader's role allows and names
 * were asked for; otherwise by initials and id ("A.H. (YP1)"), since a pack leaves the building; a
 * child the reader does not reach by pseudonym, whatever was asked.
 */
final class Names {

    private final RecordAccess.Lens lens;
    private final boolean full;

    Names(RecordAccess.Lens lens, boolean full) {
        this.lens = lens;
        this.full = full;
    }

    String of(String personId, String name) {
        if (!lens.names(personId)) {
            return lens.name(personId, name);
        }
        if (full) {
            return name == null ? personId : name;
        }
        return initials(name) + " (" + lens.shownId(personId) + ")";
    }

    /**
     * What replaces these children's names (id to name) in free text — a risk reason, an incident's
     * summary — when names are not shown: the full name and the first name alone ("Amira's friend").
     */
    NameScrubber scrubber(Map<String, String> namesById) {
        Map<String, String> replacements = new HashMap<>();
        namesById.forEach((id, name) -> {
            if (name == null || name.isBlank()) {
                return;
            }
            String shown = of(id, name);
            if (!full || !lens.names(id)) {
                replacements.put(name, shown);
                replacements.putIfAbsent(name.strip().split("\\s+")[0], shown);
            }
        });
        return new NameScrubber(replacements);
    }

    /** Whether names are shown (else initials). */
    boolean full() {
        return full;
    }

    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "—";
        }
        return Arrays.stream(name.strip().split("\\s+")).filter(w -> !w.isEmpty() && !w.startsWith("\""))
                .map(w -> w.replaceAll("[^\\p{L}]", ""))
                .filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase() + ".").collect(Collectors.joining());
    }
}
