package org.contextmap.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the CSV files of a bundle from a folder or from a zip (files at the top of the zip or in
 * one folder inside it). Files that are not part of the bundle are ignored with a warning; a
 * missing {@code young_people.csv} is an error. Nothing is unpacked to disk.
 */
final class BundleSource {

    private BundleSource() {
    }

    static Map<BundleFile, CsvReader.Table> readFolder(Path folder, Problems problems) {
        Map<BundleFile, CsvReader.Table> tables = new EnumMap<>(BundleFile.class);
        if (!Files.isDirectory(folder)) {
            problems.error(folder.toString(), 0, Problem.FILE, "not a folder");
            return tables;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.sorted().toList()) {
                String name = path.getFileName().toString();
                if (Files.isDirectory(path) || name.startsWith(".")) {
                    continue;
                }
                var file = BundleFile.byFileName(name);
                if (file.isEmpty()) {
                    problems.warning(name, 0, Problem.FILE, "not a bundle file; ignored");
                    continue;
                }
                try (InputStream in = Files.newInputStream(path)) {
                    tables.put(file.get(), CsvReader.read(name, in, problems));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundle folder " + folder + ": " + e.getMessage(), e);
        }
        requireFiles(tables, problems);
        return tables;
    }

    static Map<BundleFile, CsvReader.Table> readZip(InputStream zipBytes, Problems problems) {
        Map<BundleFile, CsvReader.Table> tables = new EnumMap<>(BundleFile.class);
        boolean anyEntry = false;
        try (ZipInputStream zip = new ZipInputStream(zipBytes, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                anyEntry = true;
                String path = entry.getName().replace('\\', '/');
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (entry.isDirectory() || name.isEmpty() || name.startsWith(".")
                        || path.toLowerCase(Locale.ROOT).startsWith("__macosx/")) {
                    continue;
                }
                var file = BundleFile.byFileName(name);
                if (file.isEmpty()) {
                    problems.warning(path, 0, Problem.FILE, "not a bundle file; ignored");
                    continue;
                }
                if (tables.containsKey(file.get())) {
                    problems.error(path, 0, Problem.FILE, "the zip holds " + name + " more than once");
                    continue;
                }
                tables.put(file.get(), CsvReader.read(name, zip, problems));
            }
        } catch (ZipException e) {
            problems.error("(upload)", 0, Problem.FILE, "not a readable zip file: " + e.getMessage());
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded zip: " + e.getMessage(), e);
        }
        if (!anyEntry) {
            problems.error("(upload)", 0, Problem.FILE, "not a zip file, or an empty one; send the bundle as a zip");
            return tables;
        }
        requireFiles(tables, problems);
        return tables;
    }

    private static void requireFiles(Map<BundleFile, CsvReader.Table> tables, Problems problems) {
        for (BundleFile file : BundleFile.values()) {
            if (file.required() && !tables.containsKey(file)) {
                problems.error(file.fileName(), 0, Problem.FILE, "required file is missing from the bundle");
            }
        }
    }
}
