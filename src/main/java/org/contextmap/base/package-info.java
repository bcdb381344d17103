/**
 * Shared vocabulary that every feature speaks: the agencies that record facts, how confident they
 * are, provenance, trends, labels in plain words, and the JSON error shape of the HTTP API; and
 * in {@code ui} the layout every screen sits in. Open, so that any feature may use any of it; it
 * depends on no feature.
 */
@ApplicationModule(displayName = "Shared vocabulary", type = ApplicationModule.Type.OPEN)
package org.contextmap.base;

import org.springframework.modulith.ApplicationModule;
