package org.contextmap.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.person.YoungPerson;
import org.contextmap.place.Location;
import org.contextmap.place.LocationType;

/**
 * A location the database holds as a school cannot become something else while young people
 * attend it (unless this bundle moves them) or while education events took place there: the
 * attendance and the events would then point at a place that is no school. This needs the whole
 * bundle (who it moves where) and the database, so it runs once every file is read.
 */
record SchoolUseCheck(ExistingRecords existing, Problems problems) {

    /**
     * @param table           the locations file, to report each error on the line of its location
     * @param bundleLocations the locations read from it
     * @param bundlePeople    the young people of the bundle, with the school each now attends
     */
    void check(CsvReader.Table table, List<Location> bundleLocations, List<YoungPerson> bundlePeople) {
        Map<String, Integer> lines = new HashMap<>();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < bundleLocations.size(); i++) {
            Location location = bundleLocations.get(i);
            if (location.type() != LocationType.SCHOOL) {
                changed.add(location.id());
            }
        }
        if (changed.isEmpty() || table == null) {
            return;
        }
        int idColumn = table.header().indexOf("id");
        table.rows().forEach(row -> {
            if (idColumn >= 0 && idColumn < row.fields().length) {
                lines.putIfAbsent(row.fields()[idColumn].trim(), row.line());
            }
        });
        Map<String, String> movedTo = new HashMap<>();
        bundlePeople.forEach(p -> movedTo.put(p.id(), p.schoolId()));
        existing.schoolUse(changed).forEach((locationId, use) -> {
            long stay = use.pupils().stream()
                    .filter(pupil -> !movedTo.containsKey(pupil) || locationId.equals(movedTo.get(pupil))).count();
            if (stay > 0 || use.educationEvents() > 0) {
                problems.error(BundleFile.LOCATIONS.fileName(), lines.getOrDefault(locationId, 0), "type",
                        "location " + RowReader.quote(locationId) + " is a school that " + stay
                                + (stay == 1 ? " young person attends" : " young people attend") + " and where "
                                + use.educationEvents() + (use.educationEvents() == 1 ? " education event" : " education events")
                                + " took place; it must stay a SCHOOL");
            }
        });
    }
}
