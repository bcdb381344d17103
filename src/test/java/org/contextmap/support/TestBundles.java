package org.contextmap.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small hand-written bundles for tests: a fifteen-year-old assaulted twice, her brother, a
 * school, a park and two groups in conflict. Tests start from {@link #valid()} and break one
 * thing at a time.
 */
public final class TestBundles {

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private TestBundles() {
    }

    public static TestBundles valid() {
        return new TestBundles()
                .with("young_people.csv", """
                        id,name,date_of_birth,gender,ethnicity,home_area,school_id,family_id,in_care,send,flags,social_care_status,lead_professional
                        YP1,Amira Hassan,2011-04-02,Female,Black African,HA-1,S1,F1,false,false,CCE,CHILD_IN_NEED,Sam Okafor
                        YP2,Yusuf Hassan,2009-09-15,Male,Black African,HA-1,S1,F1,false,true,,NONE,
                        YP3,"Kai ""KJ"" Johnson",2010-01-20,Male,Mixed – White and Black Caribbean,HA-2,S1,F2,true,false,MISSING;CCE,LOOKED_AFTER,Priya Shah
                        """)
                .with("peer_groups.csv", """
                        id,name,area
                        G1,Northgate Estate group,Northgate
                        G2,Millfield Road peer group,Millfield
                        """)
                .with("group_associations.csv", """
                        person_id,group_id,since,source,confidence
                        YP2,G1,2025-06-01,POLICE,PROBABLE
                        YP3,G2,2025-01-10,PARENT_CARER,POSSIBLE
                        """)
                .with("relationships.csv", """
                        person_a,person_b,kind,since,source,confidence
                        YP2,YP1,SIBLING,,SOCIAL_CARE,CONFIRMED
                        YP1,YP3,FRIEND,2024-09-01,YOUNG_PERSON,CONFIRMED
                        """)
                .with("group_relations.csv", """
                        group_a,group_b,kind,since,source
                        G2,G1,CONFLICT,2025-03-01,POLICE
                        """)
                .with("locations.csv", """
                        id,name,type,latitude,longitude
                        S1,Ashbury Academy,SCHOOL,52.0012,-1.0021
                        P1,Mill Park,PARK,52.01,-0.99
                        HA-1,Northgate,HOME_AREA,52.02,-1.01
                        """)
                .with("incidents.csv", """
                        id,occurred_at,type,severity,weapon,location_id,source,summary
                        I1,2026-01-10T21:40,ASSAULT,SERIOUS,NONE,P1,POLICE,"Assaulted in the park, by two others"
                        I2,2026-09-03T16:05,STABBING,LIFE_THREATENING,KNIFE,P1,HEALTH,Knife injury seen in the emergency department
                        """)
                .with("incident_people.csv", """
                        incident_id,person_id,role
                        I1,YP1,VICTIM
                        I1,YP3,SUSPECT
                        I2,YP1,VICTIM
                        """)
                .with("education_events.csv", """
                        person_id,school_id,date,kind,days
                        YP2,S1,2025-11-04,PERMANENT_EXCLUSION,
                        YP1,S1,2026-02-02,SUSPENSION,3
                        """)
                .with("referrals.csv", """
                        id,person_id,received_on,from_agency,level,outcome,outcome_on,referrer_notified_on
                        R1,YP1,2026-01-11,POLICE,Level 3,ASSESSMENT,2026-01-13,2026-01-14
                        R2,YP1,2026-02-20,EDUCATION,Level 2,NFA,2026-02-21,
                        R3,YP1,2026-09-04,HEALTH,Level 4,,,
                        """)
                .with("meetings.csv", """
                        id,kind,held_on,person_id,group_id,location_id,agencies
                        M1,STRATEGY_DISCUSSION,2026-01-15,YP1,,,POLICE;SOCIAL_CARE;HEALTH
                        M2,VIOLENCE_REDUCTION,2026-03-01,,G1,P1,POLICE;EDUCATION;VOLUNTARY
                        """)
                .with("family_history.csv", """
                        family_id,kind,noted_on,source
                        F1,Domestic abuse,2023-05-01,POLICE
                        """);
    }

    public TestBundles with(String file, String content) {
        files.put(file, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public TestBundles withBytes(String file, byte[] content) {
        files.put(file, content);
        return this;
    }

    public TestBundles without(String file) {
        files.remove(file);
        return this;
    }

    /** Keeps only these files: a partial bundle, as a partner's feed of one kind of record. */
    public TestBundles only(String... kept) {
        files.keySet().retainAll(Set.of(kept));
        return this;
    }

    /** Replaces the first occurrence of {@code from} in a file. */
    public TestBundles replace(String file, String from, String to) {
        String content = new String(files.get(file), StandardCharsets.UTF_8);
        if (!content.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        return with(file, content.replaceFirst(Pattern.quote(from),
                Matcher.quoteReplacement(to)));
    }

    /** Adds a row (without line break) at the end of a file. */
    public TestBundles append(String file, String row) {
        String content = new String(files.get(file), StandardCharsets.UTF_8);
        return with(file, content + row + "\n");
    }

    /** The bytes of one file as the bundle holds it. */
    public byte[] zipEntry(String file) {
        return files.get(file).clone();
    }

    public Path writeTo(Path folder) {
        try {
            Files.createDirectories(folder);
            for (var file : files.entrySet()) {
                Files.write(folder.resolve(file.getKey()), file.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] zip() {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
