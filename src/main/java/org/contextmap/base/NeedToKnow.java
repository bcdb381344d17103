package org.contextmap.base;

import java.util.EnumMap;
import java.util.Map;

/**
 * Who may see which kind of fact: the table of docs/access.md, in code. The services ask it about
 * {@link Viewer#current()} before they answer, so every screen, export and API address obeys the
 * same rule; {@code NeedToKnowTableTest} fails when this and the document disagree.
 *
 * <p>Why these rules: the ICO found the Metropolitan Police's Gangs Matrix shared with partners
 * "blanket", without need to know; police intelligence marked restricted stays with the police;
 * an education user sees the pupils of their own schools; health and voluntary-sector workers see
 * the children their agency is involved with; housing sees address and place risk; analysts see
 * the network and analytics under stable pseudonyms; auditors see the audit and nothing of the
 * records.
 */
public final class NeedToKnow {

    /** The kinds of fact, one column of the table each. */
    public enum Fact {
        /** Whose record the role may open. */
        RECORDS,
        /** Names and dates of birth of children (in records, lists, networks, reasons). */
        NAMES,
        /** That an incident happened: its date, type, severity and place. */
        INCIDENTS,
        /** Police-sourced incident summaries and any fact its agency marked restricted. */
        RESTRICTED,
        /** Referrals, meetings and education events. */
        CASEWORK,
        /** Facts recorded by health, and referrals from health. */
        HEALTH,
        /** Ties between children and peer-group associations. */
        NETWORK,
        /** Retaliation risk, its band and its reasons. */
        RISK,
        /** Practice alerts and their decisions. */
        ALERTS,
        /** Hotspots, place and address risk, group tensions. */
        PLACES,
        /** The location-risk view of a school. */
        SCHOOL_VIEW,
        /** The audit trail and its verification. */
        AUDIT,
        /** Whole bundles in and out, users, retention runs. */
        ADMINISTRATION,
        /** The disproportionality report. */
        EQUALITY
    }

    /** How far a role reaches into a kind of fact. */
    public enum Reach {
        /** Nothing of it. */
        NONE,
        /** Shown, with every child under a stable pseudonym instead of a name. */
        PSEUDONYMISED,
        /** For the children the role is involved with: its schools' pupils, the children its agency works with. */
        OWN,
        /** All of it. */
        ALL
    }

    private static final Map<Role, Map<Fact, Reach>> TABLE = new EnumMap<>(Role.class);

    static {
        row(Role.POLICE, "ALL ALL ALL ALL ALL NONE ALL ALL ALL ALL ALL NONE NONE NONE");
        row(Role.SOCIAL_CARE, "ALL ALL ALL NONE ALL ALL ALL ALL ALL ALL ALL NONE NONE NONE");
        row(Role.EDUCATION, "OWN OWN OWN NONE OWN NONE OWN OWN OWN ALL OWN NONE NONE NONE");
        row(Role.HEALTH, "OWN OWN OWN NONE OWN OWN OWN OWN OWN ALL ALL NONE NONE NONE");
        row(Role.YOUTH_JUSTICE, "ALL ALL ALL NONE ALL NONE ALL ALL ALL ALL ALL NONE NONE NONE");
        row(Role.VOLUNTARY, "OWN OWN OWN NONE OWN NONE OWN OWN OWN ALL ALL NONE NONE NONE");
        row(Role.HOUSING, "ALL OWN NONE NONE NONE NONE NONE NONE NONE ALL NONE NONE NONE NONE");
        row(Role.ANALYST, "NONE PSEUDONYMISED ALL NONE NONE NONE PSEUDONYMISED PSEUDONYMISED PSEUDONYMISED ALL ALL "
                + "NONE NONE ALL");
        row(Role.AUDITOR, "NONE NONE NONE NONE NONE NONE NONE NONE NONE NONE NONE ALL NONE ALL");
        row(Role.ADMIN, "ALL ALL ALL ALL ALL ALL ALL ALL ALL ALL ALL ALL ALL ALL");
    }

    private NeedToKnow() {
    }

    private static void row(Role role, String reaches) {
        String[] cells = reaches.split(" ");
        Map<Fact, Reach> row = new EnumMap<>(Fact.class);
        for (Fact fact : Fact.values()) {
            row.put(fact, Reach.valueOf(cells[fact.ordinal()]));
        }
        TABLE.put(role, row);
    }

    /** The cell of the table for one role. */
    public static Reach reach(Role role, Fact fact) {
        return TABLE.get(role).get(fact);
    }

    /**
     * How far a viewer reaches: the widest of their roles' cells, except that a pseudonymising
     * role never widens another role's reach to names it would not otherwise have.
     */
    public static Reach reach(Viewer viewer, Fact fact) {
        Reach widest = Reach.NONE;
        for (Role role : viewer.roles()) {
            Reach cell = reach(role, fact);
            if (cell.compareTo(widest) > 0) {
                widest = cell;
            }
        }
        return widest;
    }

    /** Sees at least something of this kind of fact. */
    public static boolean sees(Viewer viewer, Fact fact) {
        return reach(viewer, fact) != Reach.NONE;
    }

    /**
     * The free-text detail of an incident or fact as this viewer may read it: police-sourced and
     * restricted detail only for the police (and administrators); everyone else learns that it
     * exists and who holds it.
     *
     * @param source     the recording agency's code ({@code POLICE}) or label, or {@code null}
     * @param restricted the agency marked it restricted
     */
    public static String detail(Viewer viewer, String source, boolean restricted, String text) {
        if (text == null || text.isBlank() || reach(viewer, Fact.RESTRICTED) == Reach.ALL) {
            return text;
        }
        boolean police = source != null && (source.equalsIgnoreCase("POLICE") || source.equalsIgnoreCase("Police"));
        if (police) {
            return "Details held by police.";
        }
        if (restricted) {
            return "Details restricted by " + (source == null ? "the recording agency" : source) + ".";
        }
        return text;
    }

    /** Sees this kind of fact about every child, or it throws {@link ForbiddenException} with the sentence given. */
    public static void require(Viewer viewer, Fact fact, String whatIsRefused) {
        if (!sees(viewer, fact)) {
            throw new ForbiddenException("Your role does not give access to " + whatIsRefused + " (see docs/access.md).");
        }
    }
}
