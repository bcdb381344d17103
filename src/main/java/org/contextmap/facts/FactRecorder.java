package org.contextmap.facts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.contextmap.base.Agency;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.Role;
import org.contextmap.base.Viewer;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.exchange.ImportReport;
import org.contextmap.person.AuditAction;
import org.contextmap.person.RecordAccess;
import org.contextmap.person.RecordChanges;
import org.springframework.stereotype.Service;

/**
 * Writes a fact someone knows as a bundle of one row, through the importer: the same checks as a
 * partner's bundle (the other child and the group must exist, the words must be the bundle's),
 * the same all-or-nothing write, and everything that follows an import — network, risk, alerts,
 * chronology — follows this too. The source is the recorder's agency, or a parent or carer or the
 * young person as told to them: their information counts as much as any agency's.
 */
@Service
public class FactRecorder {

    static final Set<String> TOLD_BY = Set.of("AGENCY", "PARENT_CARER", "YOUNG_PERSON");
    static final Set<String> ROLES = Set.of("VICTIM", "WITNESS", "PRESENT");

    private final BundleImporter importer;
    private final RecordAccess access;
    private final RecordChanges changes;

    public FactRecorder(BundleImporter importer, RecordAccess access, RecordChanges changes) {
        this.importer = importer;
        this.access = access;
        this.changes = changes;
    }

    /** What was recorded, in a sentence, and the import that wrote it. */
    public record Recorded(String kind, String sentence, String importId) {
    }

    public Recorded record(String personId, FactRequest request) {
        access.requireOpen(personId);
        Viewer viewer = Viewer.current();
        if (request == null || request.kind() == null || request.kind().isBlank()) {
            throw new BadRequestException("kind is required: TIE, ASSOCIATION or CONCERN.");
        }
        String source = source(viewer, request.toldBy());
        String confidence = required(request.confidence(), "confidence", "CONFIRMED, PROBABLE, POSSIBLE or UNVERIFIED");
        LocalDate date = request.date() == null ? LocalDate.now() : request.date();
        if (date.isAfter(LocalDate.now())) {
            throw new BadRequestException("date is in the future: give the day it began or happened.");
        }
        Map<String, String> files = new LinkedHashMap<>();
        // the bundle's one required file, with no rows: the people referred to are already on record
        files.put("young_people.csv", "id,name,date_of_birth,gender,ethnicity,home_area,school_id,family_id,in_care,"
                + "send,flags,social_care_status,lead_professional\n");
        String kind = request.kind().strip().toUpperCase();
        String sentence;
        switch (kind) {
            case "TIE" -> {
                String other = required(request.otherPersonId(), "otherPersonId", "the other young person's id");
                String tie = required(request.tieKind(), "tieKind", "FRIEND, SIBLING, FAMILY, PARTNER, CO_OFFENDER or ASSOCIATE");
                files.put("relationships.csv", "person_a,person_b,kind,since,source,confidence\n"
                        + row(personId, other, tie, date.toString(), source, confidence));
                sentence = "A tie (" + tie.toLowerCase() + ") with " + other;
            }
            case "ASSOCIATION" -> {
                String group = required(request.groupId(), "groupId", "the peer group's id");
                files.put("group_associations.csv", "person_id,group_id,since,source,confidence\n"
                        + row(personId, group, date.toString(), source, confidence));
                sentence = "An association with the peer group " + group;
            }
            case "CONCERN" -> {
                String type = required(request.incidentType(), "incidentType", "ASSAULT, THREAT, EXPLOITATION …");
                String role = required(request.role(), "role", "VICTIM, WITNESS or PRESENT").toUpperCase();
                if (!ROLES.contains(role)) {
                    throw new BadRequestException("role must be VICTIM, WITNESS or PRESENT: a concern recorded here "
                            + "does not name a child as a suspect.");
                }
                String summary = required(request.summary(), "summary", "what was reported, in a sentence")
                        .replaceAll("\\s+", " ");
                String id = "CONCERN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                files.put("incidents.csv", "id,occurred_at,type,severity,weapon,location_id,source,summary\n"
                        + row(id, LocalDateTime.of(date, java.time.LocalTime.NOON).toString(), type, "", "", "", source,
                                summary));
                files.put("incident_people.csv", "incident_id,person_id,role\n" + row(id, personId, role));
                sentence = "A concern (" + type.toLowerCase().replace('_', ' ') + ") reported";
            }
            default -> throw new BadRequestException("kind must be TIE, ASSOCIATION or CONCERN.");
        }
        ImportReport report = importer.importZip(new ByteArrayInputStream(zip(files)), false);
        if (report.rejected() || report.failed()) {
            throw new BadRequestException("Not recorded: " + String.join(" ", report.errors().stream()
                    .map(FactRecorder::plain).toList()));
        }
        String recorded = sentence + ", recorded by " + viewer.user() + " (" + sourceWords(source) + ", "
                + confidence.toLowerCase() + ")";
        changes.changed(personId, "fact recorded: " + recorded, AuditAction.CHANGE);
        return new Recorded(kind, recorded, report.importId());
    }

    private static String source(Viewer viewer, String toldBy) {
        String told = toldBy == null || toldBy.isBlank() ? "AGENCY" : toldBy.strip().toUpperCase();
        if (!TOLD_BY.contains(told)) {
            throw new BadRequestException("toldBy must be AGENCY, PARENT_CARER or YOUNG_PERSON.");
        }
        if (!told.equals("AGENCY")) {
            return told;
        }
        return viewer.roles().stream().map(Role::agency).filter(java.util.Objects::nonNull).map(Agency::name).sorted()
                .findFirst().orElseThrow(() -> new ForbiddenException("Your role records for no agency: say who "
                        + "told you (a parent or carer, or the young person)."));
    }

    private static String sourceWords(String source) {
        return Agency.valueOf(source).label();
    }

    private static String required(String value, String field, String expected) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(field + " is required: " + expected + ".");
        }
        return value.strip();
    }

    /** The importer's error without the file name of a bundle the person never saw. */
    private static String plain(String error) {
        return error.replaceFirst("^[a-z_]+\\.csv(, line \\d+)?(, column [a-z_]+)?: ", "");
    }

    private static String row(String... values) {
        return String.join(",", List.of(values).stream().map(FactRecorder::quoted).toList()) + "\n";
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static byte[] zip(Map<String, String> files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot);
        }
        return bytes.toByteArray();
    }
}
