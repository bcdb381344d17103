package org.contextmap.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pages' policy lets the hotspot map load its tiles from the configured server, and from nowhere else. */
class SecurityHeadersTest {

    @Test
    void theTileServersOriginIsTheOneOtherPlaceImagesMayComeFrom() {
        assertThat(SecurityHeaders.withTiles(SecurityConfiguration.UI_POLICY,
                "https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: blob: https://tile.openstreetmap.org;")
                .contains("default-src 'self'");
        assertThat(SecurityHeaders.withTiles(SecurityConfiguration.UI_POLICY, "https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: blob: https://*.tiles.example.org:8443;");
    }

    @Test
    void noTileServerLeavesThePolicyAsItIs() {
        assertThat(SecurityHeaders.withTiles(SecurityConfiguration.UI_POLICY, "")).isEqualTo(SecurityConfiguration.UI_POLICY);
        assertThat(SecurityHeaders.withTiles(SecurityConfiguration.UI_POLICY, "tiles/{z}/{x}/{y}.png"))
                .isEqualTo(SecurityConfiguration.UI_POLICY);
    }
}
