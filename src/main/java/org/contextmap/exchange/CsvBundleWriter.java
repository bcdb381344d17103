package org.contextmap.exchange;

import static org.contextmap.exchange.CsvValues.bool;
import static org.contextmap.exchange.CsvValues.code;
import static org.contextmap.exchange.CsvValues.date;
import static org.contextmap.exchange.CsvValues.dateTime;
import static org.contextmap.exchange.CsvValues.list;
import static org.contextmap.exchange.CsvValues.number;
import static org.contextmap.exchange.CsvValues.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.contextmap.base.Provenance;

/**
 * Writes a {@link Bundle} as the CSV files of docs/bundle-format.md, to a folder or a zip. The same
 * spelling is read back by the importer, so an export imports unchanged.
 */
public final class CsvBundleWriter {

    private CsvBundleWriter() {
    }

    /** Writes every file of the bundle (header only where it has no rows) into {@code folder}. */
    public static void writeFolder(Bundle bundle, Path folder) {
        try {
            Files.createDirectories(folder);
            for (BundleFile file : BundleFile.values()) {
                try (Writer out = Files.newBufferedWriter(folder.resolve(file.fileName()), StandardCharsets.UTF_8)) {
                    write(bundle, file, out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every file of the bundle as entries of one zip. */
    public static void writeZip(Bundle bundle, OutputStream target) {
        try {
            ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
            Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            for (BundleFile file : BundleFile.values()) {
                zip.putNextEntry(new ZipEntry(file.fileName()));
                write(bundle, file, out);
                out.flush();
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Bundle b, BundleFile file, Writer out) {
        CsvWriter csv = CsvWriter.forSpreadsheets(out);
        csv.writeRow(file.columns());
        switch (file) {
            case YOUNG_PEOPLE -> rows(csv, b.youngPeople(), p -> List.of(p.id(), text(p.name()), date(p.dateOfBirth()),
                    text(p.gender()), text(p.ethnicity()), text(p.homeArea()), text(p.schoolId()), text(p.familyId()),
                    bool(p.inCare()), bool(p.send()), list(p.flags()), code(p.socialCareStatus()),
                    text(p.leadProfessional())));
            case PEER_GROUPS -> rows(csv, b.peerGroups(), g -> List.of(g.id(), text(g.name()), text(g.area())));
            case GROUP_ASSOCIATIONS -> rows(csv, b.groupAssociations(), a -> with(withProvenance(
                    List.of(a.personId(), a.groupId()), a.provenance()), restricted(a.restricted()), date(a.confirmedOn())));
            case RELATIONSHIPS -> rows(csv, b.relationships(), r -> with(withProvenance(
                    List.of(r.personA(), r.personB(), r.kind().name()), r.provenance()), restricted(r.restricted())));
            case GROUP_RELATIONS -> rows(csv, b.groupRelations(), r -> List.of(r.groupA(), r.groupB(),
                    r.kind().name(), date(r.since()), code(r.source())));
            case LOCATIONS -> rows(csv, b.locations(), l -> List.of(l.id(), text(l.name()), code(l.type()),
                    number(l.latitude()), number(l.longitude())));
            case INCIDENTS -> rows(csv, b.incidents(), i -> List.of(i.id(), dateTime(i.occurredAt()), code(i.type()),
                    code(i.severity()), code(i.weapon()), text(i.locationId()), code(i.source()), text(i.summary()),
                    restricted(i.restricted())));
            case INCIDENT_PEOPLE -> rows(csv, b.incidentPeople(), i -> List.of(i.incidentId(), i.personId(),
                    i.role().name()));
            case EDUCATION_EVENTS -> rows(csv, b.educationEvents(), e -> List.of(e.personId(), text(e.schoolId()),
                    date(e.date()), e.kind().name(), number(e.days())));
            case REFERRALS -> rows(csv, b.referrals(), r -> List.of(r.id(), r.personId(), date(r.receivedOn()),
                    code(r.fromAgency()), text(r.level()), code(r.outcome()), date(r.outcomeOn()),
                    date(r.referrerNotifiedOn()), code(r.referredTo()), date(r.firstContactOn()), date(r.endedOn())));
            case MEETINGS -> rows(csv, b.meetings(), m -> List.of(m.id(), m.kind().name(), date(m.heldOn()),
                    text(m.personId()), text(m.groupId()), text(m.locationId()), list(m.agencies())));
            case FAMILY_HISTORY -> rows(csv, b.familyHistory(), h -> List.of(h.familyId(), text(h.kind()),
                    date(h.notedOn()), code(h.source()), restricted(h.restricted())));
        }
    }

    /** Written {@code true} or {@code false}; not stated (a record that was not read from the database) is false. */
    private static String restricted(Boolean restricted) {
        return Boolean.TRUE.equals(restricted) ? "true" : "false";
    }

    private static List<String> with(List<String> leading, String... more) {
        var row = new ArrayList<>(leading);
        row.addAll(List.of(more));
        return row;
    }

    private static List<String> withProvenance(List<String> leading, Provenance p) {
        var row = new ArrayList<>(leading);
        row.add(date(p.since()));
        row.add(code(p.source()));
        row.add(code(p.confidence()));
        return row;
    }

    private static <T> void rows(CsvWriter csv, List<T> items, Function<T, List<String>> toRow) {
        for (T item : items) {
            csv.writeRow(toRow.apply(item));
        }
    }
}
