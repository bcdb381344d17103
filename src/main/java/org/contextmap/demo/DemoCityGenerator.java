package org.contextmap.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.contextmap.exchange.Bundle;
import org.contextmap.exchange.BundleFile;
import org.contextmap.exchange.CsvBundleWriter;
import org.contextmap.incident.Incident;
import org.contextmap.incident.Involvement;

/**
 * Generates Ashbury, an entirely synthetic city, as a CSV {@link Bundle}: the city every new
 * install shows, the data set of the benchmarks and the fixture of many tests. Nothing in it
 * describes a real person or place.
 *
 * <h2>What it models</h2>
 * Two years of history ending on the spec's end date, for 200 to a million young people aged
 * 10–19: neighbourhoods, schools and places on a map ({@link Geography}); families who share a
 * surname, a home and often a school ({@link Population}); peer groups rooted in neighbourhoods,
 * with associations, conflicts and alliances ({@link PeerGroups}); a social network with
 * homophily, triadic closure and co-offending cores ({@link SocialNetwork}); incidents as a
 * self-exciting process in which serious violence between groups in conflict is followed by
 * retaliation in the other direction after days to about 125 days, carried out by the earlier
 * victim's network neighbours ({@link IncidentSimulator}, after Green, Horel &amp; Papachristos 2017
 * and Papachristos &amp; Wildeman 2014); school exclusions and absence correlated within families
 * ({@link EducationHistory}); family adversity ({@link FamilyHistories}); social-care status and
 * flags that follow harm ({@link CareStatus}); and the professional response — referrals and
 * meetings, mostly timely, sometimes late or missing ({@link ReferralHistory},
 * {@link MeetingHistory}).
 *
 * <h2>Why it looks like this</h2>
 * The analytics and the practice alerts (docs/practice-rules.md, docs/risk-model.md) need real signals to show: clusters
 * that follow groups, central people, retaliation chains, hotspots that rise and fade, and some of
 * each practice alert — a serious victimisation with no strategy discussion within three working
 * days (Bristol Rapid Review No. 7), two serious victimisations within a year, referrals from
 * different agencies within 90 days that were not joined up (Herefordshire CSPR), repeated
 * referrals ending in no further action (Young Person F), a sibling's exclusion.
 *
 * <h2>Guarantees</h2>
 * The same spec always gives an equal bundle (seeded {@link java.util.SplittableRandom} streams
 * per stage, no hash-order iteration, no clock). Every reference resolves within the bundle; ids
 * are unique; relationships and group relations are stored once per unordered pair with the
 * smaller id first and never join anyone to themself. The number of relationship rows is
 * {@code people × relationshipsPerPerson} and of incidents {@code people × incidentsPerPerson}.
 * A million people with five relationships each take well under a minute and under 4 GB of heap.
 */
public final class DemoCityGenerator {

    private DemoCityGenerator() {
    }

    /** Generates the city described by the spec. */
    public static Bundle generate(DemoCitySpec spec) {
        long seed = spec.seed();
        CityCalendar calendar = new CityCalendar(spec.endDate());
        Geography map = new Geography(spec, Draw.stream(seed, "map"));
        Population people = new Population(spec, map, calendar, Draw.stream(seed, "people"));
        FamilyHistories histories = new FamilyHistories(people, calendar, Draw.stream(seed, "family-history"));
        PeerGroups groups = new PeerGroups(people, map, calendar, Draw.stream(seed, "groups"));
        SocialNetwork network = new SocialNetwork(spec, people, groups, map, calendar, Draw.stream(seed, "network"));
        IncidentHistory incidents = new IncidentSimulator(people, groups, network, map, calendar,
                Draw.stream(seed, "incidents")).run(spec.targetIncidents());
        HarmSummary harm = new HarmSummary(people, incidents);
        CareStatus care = new CareStatus(people, groups, harm, histories, Draw.stream(seed, "care"));
        EducationHistory education = new EducationHistory(people, groups, harm, incidents, map, calendar,
                Draw.stream(seed, "education"));
        ReferralHistory referrals = new ReferralHistory(people, incidents, care, calendar,
                Draw.stream(seed, "referrals"));
        MeetingHistory meetings = new MeetingHistory(people, groups, incidents, harm, care, referrals, map,
                calendar, Draw.stream(seed, "meetings"));

        BundleAssembler out = new BundleAssembler(people, groups, map, calendar);
        List<Incident> incidentRows = new ArrayList<>(incidents.count);
        List<Involvement> involvementRows = new ArrayList<>(incidents.involvementPerson.length);
        out.incidents(incidents, Draw.stream(seed, "summaries"), incidentRows, involvementRows);
        return new Bundle(
                out.youngPeople(care),
                out.peerGroups(groups),
                out.associations(groups),
                out.relationships(network),
                out.groupRelations(groups),
                map.locations(),
                incidentRows,
                involvementRows,
                out.educationEvents(education),
                out.referrals(referrals),
                out.meetings(meetings),
                out.familyHistory(histories));
    }

    /**
     * Writes a city as a bundle folder: {@code --people=N --out=DIR [--seed=S]
     * [--relationships-per-person=R] [--incidents-per-person=I] [--end-date=YYYY-MM-DD]}.
     */
    public static void main(String[] args) {
        Integer people = null;
        Path out = null;
        long seed = DemoCitySpec.DEFAULT_SEED;
        double relationships = DemoCitySpec.DEFAULT_RELATIONSHIPS_PER_PERSON;
        double incidents = DemoCitySpec.DEFAULT_INCIDENTS_PER_PERSON;
        LocalDate endDate = LocalDate.now();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? "" : arg.substring(eq + 1);
            switch (name) {
                case "--people" -> people = Integer.parseInt(value);
                case "--out" -> out = Path.of(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--relationships-per-person" -> relationships = Double.parseDouble(value);
                case "--incidents-per-person" -> incidents = Double.parseDouble(value);
                case "--end-date" -> endDate = LocalDate.parse(value);
                default -> usage("unknown argument " + arg);
            }
        }
        if (people == null || out == null) {
            usage("--people and --out are required");
            return;
        }
        DemoCitySpec spec = new DemoCitySpec(people, seed, relationships, incidents, endDate);
        long started = System.nanoTime();
        Bundle bundle = generate(spec);
        long generated = System.nanoTime();
        CsvBundleWriter.writeFolder(bundle, out);
        long written = System.nanoTime();
        for (Map.Entry<BundleFile, Integer> count : bundle.counts().entrySet()) {
            System.out.printf("%-24s %,12d%n", count.getKey().fileName(), count.getValue());
        }
        System.out.printf("generated in %.1f s, written to %s in %.1f s%n", (generated - started) / 1e9,
                out.toAbsolutePath(), (written - generated) / 1e9);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: DemoCityGenerator --people=N --out=DIR [--seed=S] [--relationships-per-person=R]"
                + " [--incidents-per-person=I] [--end-date=YYYY-MM-DD]");
        System.exit(2);
    }
}
