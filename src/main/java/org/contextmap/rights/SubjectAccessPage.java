package org.contextmap.rights;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A subject-access export as one printable HTML page: self-contained (its style inline, nothing
 * fetched), headings and tables, plain words, every text escaped. It is written from the export
 * after redaction, so it names nobody the JSON does not.
 */
final class SubjectAccessPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem auto;max-width:60rem;\
            padding:0 1rem;color:#1b1b1b;line-height:1.45}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #1d4e89;\
            padding-bottom:.2rem;color:#1d4e89}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}
            th,td{border:1px solid #c8c8c8;padding:.35rem .5rem;text-align:left;vertical-align:top}
            th{background:#eef2f7}.note{color:#8a4b00}.empty{color:#555;font-style:italic}.victim{font-weight:bold}
            .meta{color:#444}@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}\
            tr{page-break-inside:avoid}}""";

    private final StringBuilder html = new StringBuilder();

    private SubjectAccessPage() {
    }

    static String of(SubjectAccess s) {
        return new SubjectAccessPage().write(s);
    }

    private String write(SubjectAccess s) {
        String title = "Subject access: " + (s.name() == null ? s.personId() : s.name());
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(escape(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">Young person's reference: ")
                .append(escape(s.personId())).append(". Produced ").append(escape(when(s.producedAt()))).append(" by ")
                .append(escape(s.producedBy())).append(s.purpose() == null ? "" : ", for: " + escape(s.purpose()))
                .append(".</p>\n");
        s.about().forEach(line -> html.append("<p>").append(escape(line)).append("</p>\n"));

        section("Details", s.details(), List.of("Detail", "Recorded as", "Source", "Disputes and corrections"),
                d -> cells(d.field(), d.value(), d.source(), notes(d.notes())));
        section("Relationships with other young people", s.relationships(),
                List.of("Who", "Relationship", "Recorded by", "How sure", "Since", "Disputes and corrections"),
                t -> cells(t.otherPerson(), t.kind(), t.source(), t.confidence(), day(t.since()), notes(t.notes())));
        section("Associations with peer groups", s.associations(),
                List.of("Group", "Area", "Recorded by", "How sure", "Since", "Disputes and corrections"),
                a -> cells(a.group(), a.area(), a.source(), a.confidence(), day(a.since()), notes(a.notes())));
        section("Brothers and sisters", s.brothersAndSisters(), List.of("Who"), b -> cells(b));
        section("Family history", s.familyHistory(), List.of("What", "Noted on", "Recorded by"),
                f -> cells(f.kind(), day(f.notedOn()), f.source()));
        section("Incidents", s.incidents(), List.of("When", "What", "Where", "Part", "Recorded by", "Summary",
                "Others involved", "Disputes and corrections"), i -> cells(i.occurredAt(), i.what(), i.place(),
                i.role(), i.source(), i.summary(), String.join("; ", i.othersInvolved()), notes(i.notes())));
        section("Education", s.educationEvents(), List.of("Date", "What", "Days", "School"),
                e -> cells(day(e.date()), e.kind(), e.days() == null ? "" : e.days().toString(), e.school()));
        section("Referrals", s.referrals(), List.of("Received", "From", "Level", "Outcome", "Outcome on",
                "Referrer told on"), r -> cells(day(r.receivedOn()), r.from(), r.level(), r.outcome(),
                day(r.outcomeOn()), day(r.referrerNotifiedOn())));
        section("Meetings", s.meetings(), List.of("Held on", "Meeting", "Agencies"),
                m -> cells(day(m.heldOn()), m.kind(), String.join(", ", m.agencies())));
        risk(s.risk());
        section("Practice alerts", s.alerts(), List.of("Raised on", "Alert", "Priority", "Why", "Facts behind it",
                "What to consider", "Decision"), a -> cells(day(a.raisedOn()), a.label(), a.priority(), a.reason(),
                String.join("; ", a.facts()), a.suggestedAction(), a.decision() == null ? "Not yet decided"
                        : a.decision()));
        html.append("<h2>Safety plans</h2>\n");
        empty(s.safetyPlans().note());
        section("Disputes and corrections", s.rectifications(), List.of("Fact", "Which", "Status", "Raised by",
                "Raised on", "Reason", "Value recorded", "Corrected value"), r -> cells(r.fact(), r.which(),
                r.status(), r.raisedBy(), r.raisedOn(), r.reason(), r.previousValue(), r.correctedValue()));
        section("Who has read or changed the record", s.readers(), List.of("When", "Who", "What", "How"),
                r -> cells(when(r.at()), r.user(), r.action(), r.channel()));
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void risk(SubjectAccess.Risk risk) {
        html.append("<h2>Retaliation risk</h2>\n");
        if (risk.band() == null) {
            empty(risk.note());
            return;
        }
        html.append("<p>On ").append(escape(day(risk.asOf()))).append(": <strong>").append(escape(risk.band()))
                .append("</strong>. ").append(escape(risk.outlook())).append("</p>\n<p class=\"meta\">")
                .append(escape(risk.note())).append(' ').append(escape(risk.advice())).append("</p>\n");
        table(risk.lines(), List.of("Why, in short", "Share of the score"),
                l -> cells(l.text(), Math.round(l.share() * 100) + "%"));
        table(risk.reasons(), List.of("Date", "Incident", "Part", "Recorded by", "Why it counts", "Path"),
                r -> cells(day(r.date()), r.incident(), r.role(), r.source(), r.reason(), String.join(" → ", r.path())));
    }

    private <T> void section(String heading, List<T> rows, List<String> headers, Function<T, List<String>> cells) {
        html.append("<h2>").append(escape(heading)).append("</h2>\n");
        table(rows, headers, cells);
    }

    private <T> void table(List<T> rows, List<String> headers, Function<T, List<String>> cells) {
        if (rows.isEmpty()) {
            empty("Nothing recorded.");
            return;
        }
        html.append("<table>\n<thead><tr>");
        headers.forEach(h -> html.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (T row : rows) {
            html.append("<tr>");
            for (String cell : cells.apply(row)) {
                boolean victim = "Victim".equals(cell);
                html.append(victim ? "<td class=\"victim\">" : "<td>").append(escape(cell == null ? "" : cell))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void empty(String sentence) {
        html.append("<p class=\"empty\">").append(escape(sentence)).append("</p>\n");
    }

    private static List<String> cells(String... values) {
        List<String> cells = new ArrayList<>();
        for (String value : values) {
            cells.add(value);
        }
        return cells;
    }

    private static String notes(List<String> notes) {
        return notes.isEmpty() ? "" : String.join(" ", notes);
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static String when(OffsetDateTime at) {
        return at == null ? "" : WHEN.format(at.atZoneSameInstant(ZoneId.of("Europe/London")));
    }

    /** Text as HTML: the five characters that could start markup or end an attribute escaped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
