package org.contextmap.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The small bundle the load harness imports every minute, numbered so that each import can be
 * told apart and checked: import {@code k} brings a new young person {@code LOAD-k} and
 * {@value #INCIDENTS} incidents {@code LOAD-k-I1…} in which {@code LOAD-k} is the victim and a
 * child of the city the suspect, spread over three files ({@code young_people.csv},
 * {@code incidents.csv}, {@code incident_people.csv}). A reader who finds {@code LOAD-k} with
 * fewer than all of its incidents has seen a half-written import.
 */
final class LoadBundles {

    static final int INCIDENTS = 3;

    private LoadBundles() {
    }

    static String person(int k) {
        return "LOAD-" + k;
    }

    static String incident(int k, int i) {
        return person(k) + "-I" + i;
    }

    /** The zipped bundle of import {@code k}; {@code suspects} are ids of the city's children, picked in turn. */
    static byte[] zip(int k, List<String> suspects) {
        LocalDate today = LocalDate.now();
        StringBuilder people = new StringBuilder("id,name,date_of_birth,gender,ethnicity,home_area,school_id,"
                + "family_id,in_care,send,flags,social_care_status,lead_professional\n")
                .append(person(k)).append(",Load Test ").append(k).append(',')
                .append(today.minusYears(15).minusDays(k % 300)).append(",,,,,,,,,,\n");
        StringBuilder incidents = new StringBuilder("id,occurred_at,type,severity,weapon,location_id,source,summary\n");
        StringBuilder cast = new StringBuilder("incident_id,person_id,role\n");
        for (int i = 1; i <= INCIDENTS; i++) {
            incidents.append(incident(k, i)).append(',').append(today.minusDays(i)).append("T18:30,ASSAULT,MODERATE,NONE,,")
                    .append("POLICE,Load test import ").append(k).append('\n');
            cast.append(incident(k, i)).append(',').append(person(k)).append(",VICTIM\n");
            cast.append(incident(k, i)).append(',').append(suspects.get((k * INCIDENTS + i) % suspects.size()))
                    .append(",SUSPECT\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "young_people.csv", people);
            entry(zip, "incidents.csv", incidents);
            entry(zip, "incident_people.csv", cast);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, CharSequence text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** How many of import {@code k}'s incidents a record's JSON shows. */
    static int incidentsShown(int k, String recordJson) {
        int shown = 0;
        for (int i = 1; i <= INCIDENTS; i++) {
            if (recordJson.contains("\"" + incident(k, i) + "\"")) {
                shown++;
            }
        }
        return shown;
    }
}
