package org.contextmap.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the CSV files of a bundle from a folder or from a zip (files at the top of the zip or in
 * one folder inside it). Files that are not part of the bundle are ignored with a warning; a
 * missing {@code young_people.csv} is an error. Nothing is unpacked to disk.
 *
 * <p>A bundle comes from outside, so it is read defensively ({@link ImportLimits}): the upload,
 * every file and all files together are bounded while they are read; a zip's list of entries is
 * checked before anything is inflated (a damaged or truncated zip, too many entries, an entry
 * above the bundle or at an absolute path, a symbolic link); a folder's symbolic links are not
 * followed. Any of these refuses the whole bundle with a sentence and keeps nothing of it.
 */
final class BundleSource {

    private static final String UPLOAD = "(upload)";

    private BundleSource() {
    }

    static Map<BundleFile, CsvReader.Table> readFolder(Path folder, Problems problems) {
        return readFolder(folder, problems, ImportLimits.defaults());
    }

    static Map<BundleFile, CsvReader.Table> readFolder(Path folder, Problems problems, ImportLimits limits) {
        Map<BundleFile, CsvReader.Table> tables = new EnumMap<>(BundleFile.class);
        if (!Files.isDirectory(folder)) {
            problems.error(folder.toString(), 0, Problem.FILE, "not a folder");
            return tables;
        }
        var total = new EntryLimits.Total();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.sorted().toList()) {
                String name = path.getFileName().toString();
                if (name.startsWith(".") || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                var file = BundleFile.byFileName(name);
                if (file.isEmpty()) {
                    problems.warning(name, 0, Problem.FILE, "not a bundle file; ignored");
                    continue;
                }
                if (Files.isSymbolicLink(path) || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    problems.error(name, 0, Problem.FILE, "is a symbolic link or not a plain file; a bundle's files "
                            + "must be plain files in the bundle folder");
                    continue;
                }
                try (InputStream in = new EntryLimits(Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS), name,
                        limits, total, null)) {
                    tables.put(file.get(), CsvReader.read(name, in, problems, rowsLeft(limits, tables)));
                }
            }
        } catch (EntryLimits.Exceeded e) {
            return refused(problems, UPLOAD, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundle folder " + folder + ": " + e.getMessage(), e);
        }
        if (problems.hasErrors() && tables.isEmpty()) {
            return tables;
        }
        requireFiles(tables, problems);
        return tables;
    }

    static Map<BundleFile, CsvReader.Table> readZip(InputStream zipBytes, Problems problems) {
        return readZip(zipBytes, problems, ImportLimits.defaults());
    }

    static Map<BundleFile, CsvReader.Table> readZip(InputStream upload, Problems problems, ImportLimits limits) {
        byte[] zip;
        try {
            zip = readUpload(upload, limits);
        } catch (EntryLimits.Exceeded e) {
            return refused(problems, UPLOAD, e.getMessage());
        } catch (IOException e) {
            return refused(problems, UPLOAD, "the upload could not be read to its end; send it again");
        }
        if (zip.length == 0) {
            return refused(problems, UPLOAD, "the upload is empty; send the bundle as a zip");
        }
        List<ZipDirectory.Entry> entries;
        try {
            entries = ZipDirectory.read(zip, limits.maxEntries());
        } catch (ZipDirectory.Unreadable e) {
            return refused(problems, UPLOAD, e.getMessage());
        }
        for (ZipDirectory.Entry entry : entries) {
            String unsafe = ZipDirectory.unsafeName(entry.name());
            if (unsafe != null) {
                problems.error(UPLOAD, 0, Problem.FILE, "the zip entry " + shortName(entry.name()) + " has " + unsafe
                        + "; a bundle's files sit at the top of the zip or in a folder inside it");
            } else if (entry.size() > limits.maxEntrySize().toBytes()) {
                problems.error(UPLOAD, 0, Problem.FILE, "the zip entry " + shortName(entry.name()) + " is larger than "
                        + limits.maxEntrySize().toMegabytes() + " MB uncompressed, the most one bundle file may be "
                        + "(contextmap.import.max-entry-size)");
            } else if (entry.symbolicLink()) {
                problems.error(UPLOAD, 0, Problem.FILE, "the zip entry " + shortName(entry.name())
                        + " is a symbolic link; a bundle holds plain CSV files only");
            }
        }
        if (problems.hasErrors()) {
            return new EnumMap<>(BundleFile.class);
        }
        return readEntries(zip, entries.size(), problems, limits);
    }

    private static Map<BundleFile, CsvReader.Table> readEntries(byte[] zip, int stated, Problems problems,
            ImportLimits limits) {
        Map<BundleFile, CsvReader.Table> tables = new EnumMap<>(BundleFile.class);
        var raw = new Position(zip);
        var total = new EntryLimits.Total();
        int seen = 0;
        try (ZipInputStream in = new ZipInputStream(raw, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++seen > stated) {
                    return refused(problems, UPLOAD, "the zip holds more entries than its list of entries states; "
                            + "it is damaged");
                }
                String path = entry.getName().replace('\\', '/');
                String unsafe = ZipDirectory.unsafeName(path);
                if (unsafe != null) {
                    return refused(problems, UPLOAD, "the zip entry " + shortName(path) + " has " + unsafe);
                }
                String name = path.substring(path.lastIndexOf('/') + 1);
                long start = raw.position();
                var bounded = new EntryLimits(in, shortName(name), limits, total, () -> raw.position() - start);
                boolean hidden = entry.isDirectory() || name.isEmpty() || name.startsWith(".")
                        || path.toLowerCase(Locale.ROOT).startsWith("__macosx/");
                var file = hidden ? Optional.<BundleFile>empty() : BundleFile.byFileName(name);
                if (!hidden && file.isEmpty()) {
                    problems.warning(shortName(path), 0, Problem.FILE, "not a bundle file; ignored");
                } else if (file.isPresent() && tables.containsKey(file.get())) {
                    problems.error(shortName(path), 0, Problem.FILE, "the zip holds " + name + " more than once");
                }
                if (file.isEmpty() || tables.containsKey(file.get())) {
                    bounded.skipAll(); // an ignored entry is inflated all the same: it is bounded too
                    continue;
                }
                tables.put(file.get(), CsvReader.read(name, bounded, problems, rowsLeft(limits, tables)));
                bounded.skipAll(); // what the reader left (a file it refused at its first bytes)
            }
        } catch (EntryLimits.Exceeded e) {
            return refused(problems, UPLOAD, e.getMessage());
        } catch (IOException e) {
            return refused(problems, UPLOAD, "not a readable zip file: an entry is damaged or cut short; send it again");
        }
        if (seen == 0) {
            return refused(problems, UPLOAD, "the zip is empty; send the bundle as a zip");
        }
        requireFiles(tables, problems);
        return tables;
    }

    /** The whole upload, or {@link EntryLimits.Exceeded} as soon as it passes the upload limit. */
    private static byte[] readUpload(InputStream upload, ImportLimits limits) throws IOException {
        long max = limits.maxUploadSize().toBytes();
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long read = 0;
        int n;
        while ((n = upload.read(buffer)) > 0) {
            read += n;
            if (read > max) {
                throw new EntryLimits.Exceeded("the upload is larger than " + limits.maxUploadSize().toMegabytes()
                        + " MB, the most a bundle may be (contextmap.import.max-upload-size)");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static long rowsLeft(ImportLimits limits, Map<BundleFile, CsvReader.Table> tables) {
        return limits.maxRows() - tables.values().stream().mapToLong(t -> t.rows().size()).sum();
    }

    /** Refuses the whole bundle: nothing read from it is kept. */
    private static Map<BundleFile, CsvReader.Table> refused(Problems problems, String file, String reason) {
        problems.error(file, 0, Problem.FILE, reason);
        return new EnumMap<>(BundleFile.class);
    }

    /** An entry's name as a report may quote it: a hostile name may be very long. */
    static String shortName(String name) {
        String clean = name.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() <= 120 ? clean : clean.substring(0, 120) + "…";
    }

    private static void requireFiles(Map<BundleFile, CsvReader.Table> tables, Problems problems) {
        for (BundleFile file : BundleFile.values()) {
            if (file.required() && !tables.containsKey(file)) {
                problems.error(file.fileName(), 0, Problem.FILE, "required file is missing from the bundle");
            }
        }
    }

    /** The zip's bytes, telling how far the inflater has read (an entry's compressed bytes so far). */
    private static final class Position extends ByteArrayInputStream {
        Position(byte[] bytes) {
            super(bytes);
        }

        synchronized long position() {
            return pos;
        }
    }
}
