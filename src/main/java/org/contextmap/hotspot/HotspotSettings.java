package org.contextmap.hotspot;

import java.util.Map;
import org.contextmap.incident.HarmWeights;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of hotspots and location risk ({@code contextmap.hotspots.*}).
 *
 * @param decayDays         recent incidents weigh more: an incident's harm is multiplied by
 *                          {@code exp(−days before the end of the period / decayDays)} (default 60)
 * @param periodDays        the period when none is asked for: the last so many days (default 90)
 * @param cellMetres        the side of a grid cell (default 250 m)
 * @param bandwidthMetres   the kernel-density bandwidth: how far harm at one place spreads on the
 *                          grid (Gaussian σ, default 250 m; cut at 3σ)
 * @param nearRepeatMetres  an incident this close to an earlier one ... (default 400 m)
 * @param nearRepeatDays    ... and within so many days after it is a near repeat (default 14:
 *                          Johnson &amp; Bowers 2004; Ratcliffe &amp; Rengert 2008 for shootings)
 * @param nearbyMetres      what counts as near a place or an address (default 500 m)
 * @param schoolRadiusMetres hotspots within this distance of a school (default 1,500 m)
 * @param routeMetres       hotspots within this distance of the straight line between a pupil's
 *                          home area and the school (default 200 m)
 * @param typeWeights       harm by type, severity and weapon: default {@link HarmWeights#DEFAULTS}
 */
@ConfigurationProperties("contextmap.hotspots")
public record HotspotSettings(Integer decayDays, Integer periodDays, Integer cellMetres, Integer bandwidthMetres,
        Integer nearRepeatMetres, Integer nearRepeatDays, Integer nearbyMetres, Integer schoolRadiusMetres,
        Integer routeMetres, Map<IncidentType, Double> typeWeights, Map<Severity, Double> severityWeights,
        Map<Weapon, Double> weaponWeights) {

    public static final HotspotSettings DEFAULTS = new HotspotSettings(null, null, null, null, null, null, null, null,
            null, null, null, null);

    public HotspotSettings {
        decayDays = positive("decay-days", decayDays, 60);
        periodDays = positive("period-days", periodDays, 90);
        cellMetres = positive("cell-metres", cellMetres, 250);
        bandwidthMetres = positive("bandwidth-metres", bandwidthMetres, 250);
        nearRepeatMetres = positive("near-repeat-metres", nearRepeatMetres, 400);
        nearRepeatDays = positive("near-repeat-days", nearRepeatDays, 14);
        nearbyMetres = positive("nearby-metres", nearbyMetres, 500);
        schoolRadiusMetres = positive("school-radius-metres", schoolRadiusMetres, 1500);
        routeMetres = positive("route-metres", routeMetres, 200);
        HarmWeights weights = HarmWeights.of(typeWeights, severityWeights, weaponWeights);
        typeWeights = weights.types();
        severityWeights = weights.severities();
        weaponWeights = weights.weapons();
    }

    /** The harm weights. */
    public HarmWeights harm() {
        return new HarmWeights(typeWeights, severityWeights, weaponWeights);
    }

    private static int positive(String name, Integer value, int fallback) {
        int v = value == null ? fallback : value;
        if (v <= 0) {
            throw new IllegalArgumentException("contextmap.hotspots." + name + " must be positive, not " + v);
        }
        return v;
    }
}
