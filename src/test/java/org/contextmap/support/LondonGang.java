package org.contextmap.support;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.base.Provenance;
import org.contextmap.exchange.Bundle;
import org.contextmap.group.GroupAssociation;
import org.contextmap.group.PeerGroup;
import org.contextmap.person.Relationship;
import org.contextmap.person.RelationshipKind;
import org.contextmap.person.YoungPerson;

/**
 * The real London street-gang network of Grund & Densley (2015), 54 people and 315 ties from
 * police arrest and conviction data, as a CSV bundle. The files are test resources
 * ({@code src/test/resources/london-gang}, with their source and citation in its README).
 */
public final class LondonGang {

    /** The folder of {@code LONDON_GANG.csv} and {@code LONDON_GANG_ATTR.csv}, from the test class path. */
    public static final Path DATA = resource("/london-gang");

    private LondonGang() {
    }

    /**
     * Tie values: 1 hang out together (ASSOCIATE), 2 co-offend, 3 co-offend in serious crime
     * (CO_OFFENDER), 4 the same plus kin (CO_OFFENDER and FAMILY).
     */
    public static Bundle bundle() throws IOException {
        List<String> lines = Files.readAllLines(DATA.resolve("LONDON_GANG.csv"));
        List<String> attributes = Files.readAllLines(DATA.resolve("LONDON_GANG_ATTR.csv"));
        var provenance = new Provenance(Agency.POLICE, Confidence.CONFIRMED, null, null);
        List<YoungPerson> people = new ArrayList<>();
        List<GroupAssociation> associations = new ArrayList<>();
        for (int member = 1; member < attributes.size(); member++) {
            String[] attribute = attributes.get(member).split(",");
            int age = Integer.parseInt(attribute[1]);
            people.add(new YoungPerson(id(member), "Member " + member, LocalDate.of(2009 - age, 1, 1), "Male", null,
                    null, null, null, false, false, List.of(), null, null));
            associations.add(new GroupAssociation(id(member), "LG", provenance));
        }
        List<Relationship> relationships = new ArrayList<>();
        for (int row = 1; row < lines.size(); row++) {
            String[] cells = lines.get(row).split(",");
            for (int column = row + 1; column < cells.length; column++) {
                int tie = Integer.parseInt(cells[column].trim());
                if (tie == 1) {
                    relationships.add(new Relationship(id(row), id(column), RelationshipKind.ASSOCIATE, provenance));
                } else if (tie >= 2) {
                    relationships.add(new Relationship(id(row), id(column), RelationshipKind.CO_OFFENDER, provenance));
                }
                if (tie == 4) {
                    relationships.add(new Relationship(id(row), id(column), RelationshipKind.FAMILY, provenance));
                }
            }
        }
        return new Bundle(people, List.of(new PeerGroup("LG", "London peer group (Grund & Densley 2015)", "London")),
                associations, relationships, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** A folder of test resources as a path (the test class path is a folder under Maven and IDEs). */
    public static Path resource(String name) {
        try {
            return Path.of(LondonGang.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Test resource " + name + " is missing from the class path", e);
        }
    }

    public static String id(int member) {
        return String.format("LG%02d", member);
    }
}
