package org.contextmap.explorer.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.contextmap.risk.RiskReports;

/**
 * The tension trend of a peer group as a small line chart drawn in SVG on the server (no chart
 * library): one line per other group, the harm between their associates month by month, each line
 * with its own colour and dash pattern and named in a legend — never told apart by colour alone —
 * and every value also written out in a list beside it, the chart's text alternative.
 */
class TensionChart extends Div {

    static final int MAX_LINES = 6;
    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8a6d00", "#56B4E9"};
    private static final String[] DASHES = {"", "8 4", "2 4", "10 4 2 4", "4 4", "1 3"};
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final int WIDTH = 720;
    private static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 40;

    TensionChart(RiskReports.TensionTrend trend, String groupName) {
        setId("group-tension-trend");
        List<RiskReports.TrendLine> lines = trend.lines().stream().limit(MAX_LINES).toList();
        List<YearMonth> months = trend.months();
        add(new Paragraph("Harm between the associates of " + groupName + " and each other group's, month by month from "
                + months.getFirst().format(LONG) + " to " + months.getLast().format(LONG) + " (so far): a suspect "
                + "associated with one group, a victim with the other, either way, weighted by how serious the harm was."
                + (trend.lines().size() > lines.size() ? " The " + MAX_LINES + " groups with the most harm are drawn; "
                + "the others are listed in the table of tensions." : "")));
        add(new Html("<div class=\"cm-tension-chart\">" + svg(lines, months, groupName) + "</div>"));
        var legend = new UnorderedList();
        legend.setId("group-tension-legend");
        legend.addClassName("cm-chart-legend");
        var values = new UnorderedList();
        values.setId("group-tension-values");
        values.addClassName("cm-chart-values");
        values.getStyle().set("columns", "auto");
        for (int k = 0; k < lines.size(); k++) {
            RiskReports.TrendLine line = lines.get(k);
            var item = new ListItem();
            item.add(new Html("<span>" + swatch(k) + "</span>"));
            item.add(line.name() + " (" + line.relation().toLowerCase(Locale.UK) + "; " + incidents(line.incidents())
                    + ")");
            legend.add(item);
            values.add(new ListItem(line.name() + ": " + IntStream.range(0, months.size())
                    .mapToObj(m -> months.get(m).format(SHORT) + " " + number(line.harm().get(m)))
                    .collect(Collectors.joining(", ")) + "."));
        }
        add(legend, values);
    }

    private static String svg(List<RiskReports.TrendLine> lines, List<YearMonth> months, String groupName) {
        double max = lines.stream().flatMap(l -> l.harm().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        double top = max <= 0 ? 1 : niceCeiling(max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg id=\"group-tension-chart\" "
                + "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" style=\"max-width:%dpx\" "
                + "role=\"img\" aria-label=\"%s\">", WIDTH, HEIGHT, WIDTH,
                escape("Tension trend of " + groupName + " with each other group over the last " + months.size()
                        + " months; the values are listed below the chart")));
        for (int g = 0; g <= 4; g++) {
            double value = top * g / 4;
            double y = TOP + plotHeight - plotHeight * g / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#3b4752\">%s</text>",
                    LEFT, y, WIDTH - RIGHT, y, g == 0 ? "#8a94a0" : "#e1e5ea", LEFT - 6, y + 4, number(value)));
        }
        for (int m = 0; m < months.size(); m++) {
            double x = x(m, months.size(), plotWidth);
            YearMonth month = months.get(m);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
                    + "fill=\"#3b4752\">%s</text>", x, HEIGHT - BOTTOM + 16, month.format(SHORT)));
            if (m == 0 || month.getMonthValue() == 1) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" "
                        + "fill=\"#5a6570\">%d</text>", x, HEIGHT - BOTTOM + 30, month.getYear()));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" font-size=\"11\" fill=\"#5a6570\" "
                + "transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">Harm</text>", TOP + plotHeight / 2,
                TOP + plotHeight / 2));
        for (int k = 0; k < lines.size(); k++) {
            RiskReports.TrendLine line = lines.get(k);
            StringBuilder points = new StringBuilder();
            for (int m = 0; m < months.size(); m++) {
                double y = TOP + plotHeight - plotHeight * line.harm().get(m) / top;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(m, months.size(), plotWidth), y));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\"%s "
                    + "points=\"%s\"><title>%s</title></polyline>", COLOURS[k], dash(k), points.toString().strip(),
                    escape(line.name())));
        }
        return svg.append("</svg>").toString();
    }

    private static double x(int m, int months, int plotWidth) {
        return LEFT + (months == 1 ? plotWidth / 2.0 : plotWidth * m / (double) (months - 1));
    }

    private static String dash(int k) {
        return DASHES[k].isEmpty() ? "" : " stroke-dasharray=\"" + DASHES[k] + "\"";
    }

    private static String swatch(int k) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"36\" height=\"10\" aria-hidden=\"true\">"
                + "<line x1=\"0\" y1=\"5\" x2=\"36\" y2=\"5\" stroke=\"" + COLOURS[k] + "\" stroke-width=\"3\""
                + dash(k) + "/></svg>";
    }

    /** The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above the value: round numbers on the axis. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.UK, "%.0f", value)
                : String.format(Locale.UK, "%.1f", value);
    }

    private static String incidents(int count) {
        return count == 1 ? "1 incident" : count + " incidents";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
