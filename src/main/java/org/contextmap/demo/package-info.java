/**
 * The synthetic demo city of Ashbury: a deterministic generator of young people, families,
 * schools, places, peer groups, two years of incidents and the professional response, from a
 * few hundred to a million people. It is what a newcomer sees on first start and what the
 * benchmarks run on. Nothing in it describes a real person.
 */
package org.contextmap.demo;
