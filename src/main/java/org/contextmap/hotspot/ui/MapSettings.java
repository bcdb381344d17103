package org.contextmap.hotspot.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the hotspot map's background comes from ({@code contextmap.map.*}). A partnership with its
 * own tile server, or none, sets it; an empty {@code tile-url} draws the plain coordinate view at
 * once (the map also falls back to it by itself when tiles do not load).
 *
 * @param tileUrl         a Leaflet tile URL template (default OpenStreetMap's)
 * @param tileAttribution the credit the tile provider asks for, shown on the map
 */
@ConfigurationProperties("contextmap.map")
public record MapSettings(String tileUrl, String tileAttribution) {

    public static final String OPENSTREETMAP = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    public MapSettings {
        tileUrl = tileUrl == null ? OPENSTREETMAP : tileUrl.strip();
        tileAttribution = tileAttribution != null ? tileAttribution
                : tileUrl.equals(OPENSTREETMAP)
                        ? "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors"
                        : "";
    }
}
