/**
 * The synthetic demo city of Ashbury: a deterministic generator of young people, families,
 * schools, places, peer groups, two years of incidents and the professional response, from a
 * few hundred to a million people, written as a CSV bundle and loaded through the same import
 * as any partner's bundle. It is what a newcomer sees on first start and what the benchmarks run
 * on. Nothing in it describes a real person.
 */
@ApplicationModule(displayName = "Demo city", allowedDependencies = {"base", "database", "person", "group", "place",
        "incident", "casework", "exchange"})
package org.contextmap.demo;

import org.springframework.modulith.ApplicationModule;
