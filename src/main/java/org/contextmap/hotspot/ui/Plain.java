package org.contextmap.hotspot.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contextmap.base.Trend;
import org.contextmap.hotspot.HotspotReports;

/**
 * Plain words for the hotspot screens: dates, periods, trends (a shape and a word, never a colour
 * alone), harm scores, and the sentences a screen shows instead of an error page.
 */
final class Plain {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Plain() {
    }

    static String day(LocalDate date) {
        return date == null ? "date not recorded" : DAY.format(date);
    }

    /** "1 Sep 2026 to 7 Dec 2026, compared with 3 Jun 2026 to 31 Aug 2026". */
    static String period(HotspotReports.Period period) {
        return day(period.from()) + " to " + day(period.to()) + ", compared with the same length before it ("
                + day(period.previousFrom()) + " to " + day(period.previousTo()) + ")";
    }

    /** The trend's shape and its word: "▲ Rising". */
    static String trend(Trend trend) {
        if (trend == null) {
            return "No trend";
        }
        return switch (trend) {
            case RISING -> "▲ Rising";
            case FALLING -> "▼ Falling";
            case STABLE -> "● Stable";
        };
    }

    /** A harm score with one decimal. */
    static String score(double score) {
        return String.format(Locale.UK, "%.1f", score);
    }

    /** "2 incidents". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A date from a query parameter, or null when absent; a wrong one is refused with a sentence. */
    static LocalDate date(QueryParameters query, String name) {
        List<String> values = query.getParameters().getOrDefault(name, List.of());
        if (values.isEmpty() || values.getFirst().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(values.getFirst().strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("“" + values.getFirst() + "” is not a date: write it as 2026-09-30.");
        }
    }

    /** The period as query parameters, to carry it from the map to a place. */
    static QueryParameters query(HotspotReports.Period period) {
        return QueryParameters.simple(Map.of("from", period.from().toString(), "to", period.to().toString()));
    }

    /** The heading and sentence a page shows when the reader's role may not see it. */
    static Component[] notOpen(String what, String why) {
        var heading = new H2(what + " is not open to your role");
        var reason = new Paragraph(why);
        reason.setId("not-open");
        return new Component[] {heading, reason};
    }

    /** A muted sentence under a heading. */
    static Paragraph hint(String text) {
        var hint = new Paragraph(text);
        hint.addClassName("cm-provenance");
        return hint;
    }

    /** The note a report carries while its data is being brought up to date after an import, or nothing. */
    static Component behind(String behind) {
        var note = new Span(behind == null ? "" : behind);
        note.setVisible(behind != null);
        note.getElement().setAttribute("role", "status");
        note.addClassName("cm-provenance");
        return note;
    }

    static Section section(String heading, Component... content) {
        var section = new Section(new H3(heading));
        section.addClassName("cm-section");
        section.setWidthFull();
        section.add(content);
        return section;
    }
}
