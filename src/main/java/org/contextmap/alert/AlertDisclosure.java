package org.contextmap.alert;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.contextmap.base.NameScrubber;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.NeedToKnow.Reach;
import org.contextmap.person.RecordAccess;
import org.contextmap.person.YoungPerson;

/**
 * Alerts as one reader may see them (docs/access.md): a role that reaches only its own children
 * sees their alerts alone, an analyst sees every alert under pseudonyms, and in every reason and
 * fact the names of children the reader does not reach are replaced by their pseudonyms.
 */
final class AlertDisclosure {

    /** More scopes than a partnership's schools and agencies: past it, the kept scrubbers are made again. */
    private static final int SCOPES_KEPT = 500;

    private final RecordAccess.Lens lens;
    private final boolean ownOnly;
    private final CaseBook book;
    private final boolean namesAll;
    private final Map<String, NameScrubber> scrubbers;

    /**
     * @param scrubbers the scrubbers made for this book so far, by the scope of the lens they were
     *                  made for ({@link RecordAccess.Lens#scope()}): every school user of one school
     *                  hides the same names, so they are worked out once per import, not per request
     */
    AlertDisclosure(RecordAccess.Lens lens, CaseBook book, Map<String, NameScrubber> scrubbers) {
        this.lens = lens;
        this.book = book;
        this.scrubbers = scrubbers;
        this.ownOnly = NeedToKnow.reach(lens.viewer(), NeedToKnow.Fact.ALERTS) == Reach.OWN;
        this.namesAll = NeedToKnow.reach(lens.viewer(), NeedToKnow.Fact.NAMES) == Reach.ALL;
    }

    /**
     * The names to hide from this reader, made when the first alert is shown to someone of their
     * scope: a record with no alerts, the most common, does not pay for going through every child.
     */
    private NameScrubber scrubber() {
        if (scrubbers.size() > SCOPES_KEPT) {
            scrubbers.clear();
        }
        return scrubbers.computeIfAbsent(lens.scope(), scope -> {
            Map<String, String> hidden = new HashMap<>();
            if (!namesAll) {
                for (YoungPerson person : book.people()) {
                    if (!lens.names(person.id()) && person.name() != null) {
                        hidden.put(person.name(), lens.name(person.id(), person.name()));
                    }
                }
            }
            return new NameScrubber(hidden);
        });
    }

    boolean shows(Alert alert) {
        return !ownOnly || lens.opens(alert.personId());
    }

    Alert of(Alert alert) {
        if (namesAll && lens.names(alert.personId())) {
            return alert;
        }
        NameScrubber scrubber = scrubber();
        return new Alert(alert.id(), alert.code(), alert.label(), alert.priority(), lens.shownId(alert.personId()),
                lens.name(alert.personId(), alert.personName()), alert.raisedOn(), scrubber.scrub(alert.reason()),
                alert.facts().stream().map(f -> new Fact(f.kind(), factId(f), f.date(),
                        scrubber.scrub(f.description()))).toList(),
                alert.learning(), alert.suggestedAction(), alert.decision());
    }

    /** A relationship fact is keyed by the two children's ids: each shown as the reader may see it. */
    private String factId(Fact fact) {
        if (!"relationship".equals(fact.kind()) || fact.id() == null) {
            return fact.id();
        }
        return Arrays.stream(fact.id().split("\\|")).map(lens::shownId).collect(Collectors.joining("|"));
    }
}
