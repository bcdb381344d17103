package org.contextmap.person.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contextmap.person.ChronologyEntry;

/**
 * The chronology as a picture: one row per kind of record (incidents, education, referrals,
 * meetings), a mark for each on a line from the first record to today, so that clusters — two
 * assaults and an exclusion in three months — show at a glance. Each kind has its own row and
 * shape, and every mark has its words as a tooltip; the table below it holds the same in words.
 */
class Timeline extends Div {

    private static final List<String> ROWS = List.of("INCIDENT", "EDUCATION", "REFERRAL", "MEETING");
    private static final Map<String, String> NAMES = Map.of("INCIDENT", "Incidents", "EDUCATION", "Education",
            "REFERRAL", "Referrals", "MEETING", "Meetings");
    private static final int WIDTH = 720;
    private static final int LEFT = 90;
    private static final int ROW = 26;

    Timeline(List<ChronologyEntry> entries) {
        setId("chronology-timeline");
        LocalDate last = LocalDate.now();
        LocalDate first = entries.stream().map(ChronologyEntry::date).filter(d -> d != null).min(LocalDate::compareTo)
                .orElse(last.minusYears(1));
        long span = Math.max(30, ChronoUnit.DAYS.between(first, last));
        int height = ROW * ROWS.size() + 24;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 "
                + WIDTH + " " + height + "\" role=\"img\" aria-label=\"Chronology on a time line from " + first
                + " to today; the same records are listed in the table below\">");
        for (int r = 0; r < ROWS.size(); r++) {
            int y = 14 + r * ROW;
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\" fill=\"#3b4752\">%s</text>"
                    + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#d0d5da\"/>", y + 4, NAMES.get(ROWS.get(r)),
                    LEFT, y, WIDTH - 10, y));
        }
        for (ChronologyEntry entry : entries) {
            int r = ROWS.indexOf(entry.kind());
            if (r < 0 || entry.date() == null) {
                continue;
            }
            double x = LEFT + (WIDTH - 10 - LEFT) * ChronoUnit.DAYS.between(first, entry.date()) / (double) span;
            int y = 14 + r * ROW;
            String tip = escape(entry.date() + " · " + entry.title() + (entry.victim() ? " (victim)" : "")
                    + (entry.source() == null ? "" : " · " + entry.source()));
            svg.append(mark(r, entry.victim(), x, y, tip));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#5a6570\">%s</text>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#5a6570\" text-anchor=\"end\">today</text>",
                LEFT, height - 4, first, WIDTH - 10, height - 4));
        svg.append("</svg>");
        add(new Html("<div>" + svg + "</div>"));
    }

    /** Incidents are circles (filled red when the child was the victim), education squares, referrals triangles, meetings diamonds. */
    private static String mark(int row, boolean victim, double x, int y, String tip) {
        String title = "<title>" + tip + "</title>";
        return switch (row) {
            case 0 -> String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"6\" fill=\"%s\" stroke=\"#7f1d1d\">%s</circle>",
                    x, y, victim ? "#c62828" : "#ffffff", title);
            case 1 -> String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"10\" height=\"10\" fill=\"#6d4c9f\">%s</rect>",
                    x - 5, y - 5, title);
            case 2 -> String.format(Locale.ROOT, "<polygon points=\"%.1f,%d %.1f,%d %.1f,%d\" fill=\"#1a5fb4\">%s</polygon>",
                    x, y - 6, x - 6, y + 5, x + 6, y + 5, title);
            default -> String.format(Locale.ROOT, "<polygon points=\"%.1f,%d %.1f,%d %.1f,%d %.1f,%d\" fill=\"#2e7d32\">%s</polygon>",
                    x, y - 6, x + 6, y, x, y + 6, x - 6, y, title);
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
