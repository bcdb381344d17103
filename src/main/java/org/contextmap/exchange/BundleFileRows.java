package org.contextmap.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the table of one bundle file into records, row by row, and reports what is wrong with
 * the file's shape rather than with its values: a header that repeats a column or leaves one out
 * (then no row of the file is read), and a row with more or fewer fields than the header. A row
 * that cannot be read still gives its id to the {@link BundleReferences}, so that the rows of
 * other files that refer to it are not all reported too.
 */
record BundleFileRows(Map<BundleFile, CsvReader.Table> tables, Problems problems, BundleReferences references,
        boolean strict) {

    /** The records of the rows that were read without error; none when the file is absent or empty. */
    <T> List<T> read(BundleFile file, Function<RowReader, T> reader) {
        CsvReader.Table table = tables.get(file);
        if (table == null || table.header().isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = checkHeader(file, table.header());
        if (columns == null) {
            // the file cannot be read; its ids still count, so that other files' rows do not all fail too
            references.unreadableFile(file);
            int idColumn = table.header().indexOf("id");
            table.rows().forEach(csvRow -> rememberId(file, idColumn, csvRow));
            return List.of();
        }
        List<T> values = new ArrayList<>(table.rows().size());
        RowReader row = new RowReader(file.fileName(), columns, problems, strict);
        for (CsvReader.CsvRecord csvRow : table.rows()) {
            if (csvRow.malformed()) {
                rememberId(file, columns.getOrDefault("id", -1), csvRow);
                continue;
            }
            if (csvRow.fields().length != table.header().size()) {
                problems.error(file.fileName(), csvRow.line(), Problem.ROW, "the row has " + csvRow.fields().length
                        + " fields but the header has " + table.header().size());
                rememberId(file, columns.getOrDefault("id", -1), csvRow);
                continue;
            }
            row.at(csvRow);
            T value = reader.apply(row);
            if (row.ok()) {
                values.add(value);
            }
        }
        return values;
    }

    private void rememberId(BundleFile file, int index, CsvReader.CsvRecord row) {
        if (index < 0 || index >= row.fields().length) {
            return;
        }
        references.unreadableRow(file, row.fields()[index].trim());
    }

    /** Column name to index, or {@code null} when the header is not usable (a column missing or repeated). */
    private Map<String, Integer> checkHeader(BundleFile file, List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        boolean usable = true;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (columns.putIfAbsent(name, i) != null) {
                problems.error(file.fileName(), 1, BundleSource.shortName(name), "the column appears twice in the header");
                usable = false;
            } else if (!file.columns().contains(name)) {
                problems.warning(file.fileName(), 1, name.isEmpty() ? "(empty)" : BundleSource.shortName(name),
                        "unknown column; ignored (expected " + String.join(",", file.columns()) + ")");
            }
        }
        for (String name : file.columns()) {
            if (columns.containsKey(name) || file.optionalColumns().contains(name)) {
                continue;
            }
            problems.error(file.fileName(), 1, name, "column is missing from the header; every column of the file "
                    + "must be there (leave the cell empty where it is not known)");
            usable = false;
        }
        return usable ? columns : null;
    }
}
