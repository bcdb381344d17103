package org.contextmap.place;

import org.contextmap.base.Labelled;

/** The kinds of place that matter to contextual safeguarding. */
public enum LocationType implements Labelled {
    SCHOOL("School"),
    PARK("Park"),
    TRANSPORT_HUB("Transport hub"),
    ESTATE("Estate"),
    SHOP("Shop"),
    YOUTH_CLUB("Youth club"),
    STREET("Street"),
    HOME_AREA("Home area"),
    OTHER("Other place");

    private final String label;

    LocationType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
