package org.contextmap.meeting.pack;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.contextmap.plan.PlanView;

/**
 * One child's pack for a strategy discussion or a child protection conference: the safety plan as
 * it stands (with its review date, the young person's and the parents' own words, the actions and
 * who owns them), the chronology and the picture of the people around the child. Children are
 * shown by initials and ids unless names were asked for and the reader's role allows them.
 */
public final class ChildPack {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A line of the chronology, already cut to what the reader may read and named as asked. */
    public record Line(String date, String what, String detail, String source) {
    }

    /** The picture's people and groups, labelled as asked. */
    public record Picture(String centre, List<Node> nodes, List<Link> links) {

        public record Node(String id, String label, boolean group, boolean victim) {
        }

        public record Link(String source, String target, String kind) {
        }
    }

    private ChildPack() {
    }

    public static byte[] pdf(String child, List<PlanView> plans, List<Line> chronology, Picture picture,
            String madeBy, boolean names) {
        Html html = new Html();
        html.raw("<div class=\"cover\">").raw("<p class=\"marking\">" + PdfDocument.MARKING + "</p>")
                .tag("h1", "Safety plan and chronology: " + child)
                .tag("p", "Prepared on " + OffsetDateTime.now().format(DAY) + " by " + madeBy
                        + " from ContextMap, for a strategy discussion or a child protection conference.")
                .tag("p class=\"note\"", names ? "Children are named as the reader's role allows."
                        : "Children are shown by initials and id; a child the reader's role does not reach by "
                        + "pseudonym.")
                .tag("p class=\"note\"", "Associations describe risk of harm, not membership. Every fact shows "
                        + "who recorded it.")
                .tag("h2", "Contents").raw("<ul class=\"contents\">")
                .raw("<li><a href=\"#plan\">1. Safety plan</a></li><li><a href=\"#network\">2. The people around "
                        + "them</a></li><li><a href=\"#chronology\">3. Chronology</a></li></ul></div>");
        html.raw("<h2 id=\"plan\">").text("Safety plan").raw("</h2>");
        if (plans.isEmpty()) {
            html.tag("p", "No safety plan is recorded.");
        }
        for (PlanView plan : plans) {
            plan(html, plan);
        }
        html.raw("<h2 id=\"network\">").text("The people around them").raw("</h2>");
        if (picture == null || picture.nodes().size() <= 1) {
            html.tag("p", picture == null ? "The network is not open to the reader's role." : "No ties recorded.");
        } else {
            html.raw("<img alt=\"The young people one tie away and their peer groups\" src=\""
                    + NetworkImage.dataUri(picture.centre(), picture.nodes().stream().map(n -> new NetworkImage.Node(
                            n.id(), n.label(), n.group(), n.victim())).toList(), picture.links().stream()
                            .map(l -> new NetworkImage.Link(l.source(), l.target(), l.kind())).toList()) + "\"/>");
            html.tag("p class=\"note\"", "The child in the middle; the young people one tie away on the ring; "
                    + "peer groups (squares) outside. Red lines are conflicts between groups, green dashed lines "
                    + "alliances. Diamonds are victims of recorded incidents.");
        }
        html.raw("<h2 id=\"chronology\">").text("Chronology").raw("</h2>");
        MeetingPack.table(html, List.of("Date", "What", "Detail", "Recorded by"), chronology.stream()
                .map(l -> List.of(l.date(), l.what(), l.detail(), l.source())).toList());
        return PdfDocument.render("Safety plan and chronology", html.toString());
    }

    private static void plan(Html html, PlanView plan) {
        html.tag("h3", plan.summary());
        html.tag("p", "Version " + plan.version() + ", written by " + plan.changedBy() + ". Review on "
                + plan.reviewOn().format(DAY) + (plan.reviewOverdue() ? " (overdue)." : ".")
                + (plan.leadProfessional() == null ? " No lead professional named." : " Lead professional: "
                + plan.leadProfessional() + "."));
        list(html, "Risks", plan.risks());
        list(html, "People and places to avoid", plan.avoid().stream().map(a -> a.name()
                + (a.reason() == null ? "" : ": " + a.reason())).toList());
        list(html, "Protective factors", plan.protectiveFactors());
        list(html, "Trusted adults", plan.trustedAdults().stream().map(a -> a.name()
                + (a.role() == null ? "" : ", " + a.role())).toList());
        html.tag("p", "The young person's own words: " + (plan.youngPersonsView() == null ? "not recorded."
                : plan.youngPersonsView()));
        html.tag("p", "Parents' or carers' view: " + (plan.parentsView() == null ? "not recorded."
                : plan.parentsView()));
        MeetingPack.table(html, List.of("Action", "Owner", "Due", "Status"), plan.actions().stream()
                .map(a -> List.of(a.description(), a.ownerLabel() + (a.ownerName() == null ? "" : " ("
                        + a.ownerName() + ")"), a.due().format(DAY), a.overdueWorkingDays() > 0 ? "OVERDUE by "
                        + a.overdueWorkingDays() + " working days" : a.status().label())).toList());
    }

    private static void list(Html html, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        html.tag("h4", heading).raw("<ul>");
        lines.forEach(line -> html.tag("li", line));
        html.raw("</ul>");
    }
}
