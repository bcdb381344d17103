/**
 * Shared vocabulary used by every feature: agencies, confidence, provenance, and the JSON error
 * shape of the HTTP API. Open so that any feature may use it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.contextmap.base;
