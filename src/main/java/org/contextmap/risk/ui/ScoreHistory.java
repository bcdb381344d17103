package org.contextmap.risk.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.Command;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.contextmap.risk.RiskReports;
import org.contextmap.risk.RiskService;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A young person's score over the last year, one point a month, as a small line drawn in SVG
 * with the band of each point written in a list beside it (the chart's text alternative). Each
 * point is the whole model as known on that day, so the line is worked out off the page's thread
 * and drawn when ready: the record opens at once and says the chart is coming.
 */
class ScoreHistory extends Div {

    static final int MONTHS = 12;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    ScoreHistory(RiskService risk, String personId) {
        setId("record-risk-history");
        var waiting = new Paragraph("Working out the score over the last year…");
        waiting.addClassName("cm-provenance");
        add(waiting);
        addAttachListener(attached -> {
            UI ui = attached.getUI();
            Runnable work = () -> {
                List<LocalDate> days = new ArrayList<>();
                List<RiskReports.Marker> marks = new ArrayList<>();
                try {
                    for (int m = MONTHS; m >= 0; m--) {
                        LocalDate day = m == 0 ? LocalDate.now() : LocalDate.now().minusMonths(m);
                        var marker = risk.markers(List.of(personId), m == 0 ? null : day).get(personId);
                        days.add(day);
                        marks.add(marker);
                    }
                    deliver(ui, () -> show(days, marks));
                } catch (RuntimeException failed) {
                    deliver(ui, () -> {
                        removeAll();
                        add(new Paragraph("The score over the last year could not be worked out just now."));
                    });
                }
            };
            var reader = SecurityContextHolder.getContext();
            // started once the browser has shown the page, so that it does not take the CPU the page needs first
            getElement().executeJs("return 0").then(shown -> Thread.ofVirtual().name("score-history").start(
                    new DelegatingSecurityContextRunnable(work, reader)));
        });
    }

    /** Shows the result, unless the reader has left the page meanwhile (then there is nothing to show it on). */
    private static void deliver(UI ui, Command update) {
        try {
            ui.access(update);
        } catch (UIDetachedException left) {
            // the page was closed or left before the line was worked out
        }
    }

    private void show(List<LocalDate> days, List<RiskReports.Marker> marks) {
        removeAll();
        double high = marks.stream().filter(java.util.Objects::nonNull).mapToDouble(RiskReports.Marker::score)
                .max().orElse(0);
        double top = high <= 0 ? 1 : high;
        int width = 360;
        int height = 80;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            double score = marks.get(i) == null ? 0 : marks.get(i).score();
            double x = 10 + (width - 20) * i / (double) (days.size() - 1);
            double y = height - 10 - (height - 20) * score / top;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" role=\"img\" aria-label=\"Retaliation risk score, monthly, over the last year; the values are "
                + "listed below\"><line x1=\"10\" y1=\"" + (height - 10) + "\" x2=\"" + (width - 10) + "\" y2=\""
                + (height - 10) + "\" stroke=\"#8a94a0\"/><polyline fill=\"none\" stroke=\"#1a5fb4\" stroke-width=\"2\" points=\""
                + points.toString().strip() + "\"/></svg>";
        var list = new UnorderedList();
        list.addClassName("cm-chart-values");
        for (int i = 0; i < days.size(); i++) {
            RiskReports.Marker mark = marks.get(i);
            list.add(new ListItem(days.get(i).format(MONTH) + ": " + (mark == null ? "not on record"
                    : String.format(Locale.UK, "%.2f, %s", mark.score(), mark.bandLabel().toLowerCase(Locale.UK)))));
        }
        var caption = new Paragraph("Score over the last year, as known on each day (" + days.getFirst().format(MONTH)
                + " to today):");
        add(caption, new Html("<div>" + svg + "</div>"), list);
    }
}
