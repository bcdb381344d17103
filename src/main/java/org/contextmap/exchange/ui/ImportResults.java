package org.contextmap.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contextmap.database.WriteCounts;
import org.contextmap.exchange.ImportReport;
import org.contextmap.exchange.Problem;

/**
 * What the import page shows about a report: a refused bundle's errors by file, line and column
 * (with the list as CSV), a checked bundle's rows per file and warnings, and after an import what
 * changed — in sentences, not status codes.
 */
final class ImportResults {

    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance(Locale.UK);

    private ImportResults() {
    }

    static String number(long n) {
        return NUMBER.format(n);
    }

    /** A refused bundle: how many errors, the grid of them, the download. */
    static Div errors(ImportReport report, String uploadName) {
        List<Problem> problems = report.errors().stream().map(Problem::parse).toList();
        var heading = new H3("The bundle was refused: nothing was written");
        var summary = new Paragraph("It has " + number(report.errorCount())
                + (report.errorCount() == 1 ? " error" : " errors")
                + (report.errorCount() > problems.size() ? "; the first " + number(problems.size()) + " are listed"
                        : "") + ". Correct them in the partner's export and upload the bundle again.");
        summary.setId("import-error-summary");
        var grid = problemGrid("import-errors", "Errors in the bundle", problems);
        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = ProblemsCsv.of(problems);
            return new DownloadResponse(new ByteArrayInputStream(bytes), csvName(uploadName), "text/csv", bytes.length);
        }), "Download the list of errors (CSV)");
        csv.setId("import-errors-csv");
        csv.getElement().setAttribute("download", true);
        var box = new Div(heading, summary, csv, grid);
        box.setWidthFull();
        return box;
    }

    /** A bundle that passed the check: rows per file and warnings. */
    static Div checked(ImportReport report) {
        var heading = new H3("The bundle passed the check");
        var summary = new Paragraph(number(report.rows()) + " rows in " + report.counts().size()
                + (report.counts().size() == 1 ? " file" : " files") + ", checked in " + number(report.checkMillis())
                + " ms. Nothing has been written yet.");
        summary.setId("import-check-summary");
        var box = new Div(heading, summary, rowsPerFile(report.counts()), warnings(report));
        box.setWidthFull();
        return box;
    }

    /** After the write: what it did. */
    static Div imported(ImportReport report) {
        var heading = new H3("Imported");
        var summary = new Paragraph(number(report.rows()) + " rows imported in " + number(report.durationMillis())
                + " ms as import " + report.importId() + ". " + changes(report.changes()));
        summary.setId("import-done-summary");
        var box = new Div(heading, summary, rowsPerFile(report.counts()), warnings(report));
        box.setWidthFull();
        return box;
    }

    /** The write failed and was undone. */
    static Div failed(ImportReport report) {
        var heading = new H3("The import failed and was undone");
        var text = new Paragraph(report.detail() + " " + String.join(" ", report.errors()));
        text.setId("import-failed");
        return new Div(heading, text);
    }

    static String changes(WriteCounts changes) {
        if (!changes.changedStructure() && changes.propertiesSet() == 0) {
            return "Nothing changed: every row was already there as it is.";
        }
        return "What changed: " + number(changes.nodesCreated()) + " records created, "
                + number(changes.relationshipsCreated()) + " links created, " + number(changes.nodesDeleted())
                + " records and " + number(changes.relationshipsDeleted()) + " links removed, "
                + number(changes.propertiesSet()) + " values set.";
    }

    private static Component rowsPerFile(Map<String, Integer> counts) {
        var grid = new Grid<Map.Entry<String, Integer>>();
        grid.setId("import-counts");
        grid.setAriaLabel("Rows per file");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Map.Entry::getKey).setHeader("File");
        grid.addColumn(e -> number(e.getValue())).setHeader("Rows").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(List.copyOf(counts.entrySet()));
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("32em");
        return grid;
    }

    private static Component warnings(ImportReport report) {
        if (report.warningCount() == 0) {
            return new Paragraph("No warnings.");
        }
        var heading = new Paragraph(number(report.warningCount()) + (report.warningCount() == 1 ? " warning" : " warnings")
                + ": things ignored or assumed.");
        heading.setId("import-warning-summary");
        List<Problem> problems = report.warnings().stream().map(Problem::parse).toList();
        if (problems.size() <= 5) {
            var list = new UnorderedList();
            problems.forEach(p -> list.add(new ListItem(where(p) + p.reason())));
            return new Div(heading, list);
        }
        return new Div(heading, problemGrid("import-warnings", "Warnings", problems));
    }

    private static String where(Problem p) {
        return p.file().isEmpty() ? "" : p.file() + (p.line() > 0 ? ", line " + p.line() : "") + ": ";
    }

    private static Grid<Problem> problemGrid(String id, String label, List<Problem> problems) {
        var grid = new Grid<Problem>();
        grid.setId(id);
        grid.setAriaLabel(label);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Problem::file).setHeader("File").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(p -> p.line() == 0 ? "whole file" : String.valueOf(p.line())).setHeader("Line")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> column(p.column())).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Problem::reason).setHeader("Problem").setFlexGrow(1);
        grid.setItems(problems);
        grid.setAllRowsVisible(problems.size() <= 12);
        grid.setHeight(problems.size() <= 12 ? null : "28em");
        return grid;
    }

    private static String column(String column) {
        return switch (column) {
            case Problem.ROW -> "whole row";
            case Problem.FILE -> "whole file";
            default -> column;
        };
    }

    private static String csvName(String uploadName) {
        String base = uploadName == null ? "bundle" : uploadName.replaceAll("(?i)\\.zip$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        return base + "-errors.csv";
    }
}
